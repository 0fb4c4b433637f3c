package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1SubjectAccessReviewSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SubjectAccessReviewSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SubjectAccessReviewSpecFluent<A extends V1SubjectAccessReviewSpecFluent<A>> {
  private Map<String, List<String>> extra;
  private List<String> groups;
  private V1NonResourceAttributes nonResourceAttributes;
  private V1ResourceAttributes resourceAttributes;
  private String uid;
  private String user;

  public V1SubjectAccessReviewSpecFluent() {}

  public V1SubjectAccessReviewSpecFluent(V1SubjectAccessReviewSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1SubjectAccessReviewSpec instance) {
    if (instance != null) {
      this.extra = instance.getExtra() == null ? null : new LinkedHashMap<>(instance.getExtra());
      this.groups = instance.getGroups() == null ? null : new ArrayList<>(instance.getGroups());
      this.nonResourceAttributes = instance.getNonResourceAttributes();
      this.resourceAttributes = instance.getResourceAttributes();
      this.uid = instance.getUid();
      this.user = instance.getUser();
    }
  }

  /** A new {@link V1SubjectAccessReviewSpec} holding what was set (lists and maps copied). */
  V1SubjectAccessReviewSpec toModel() {
    V1SubjectAccessReviewSpec o = new V1SubjectAccessReviewSpec();
    o.setExtra(extra == null ? null : new LinkedHashMap<>(extra));
    o.setGroups(groups == null ? null : new ArrayList<>(groups));
    o.setNonResourceAttributes(nonResourceAttributes);
    o.setResourceAttributes(resourceAttributes);
    o.setUid(uid);
    o.setUser(user);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Map<String, List<String>> getExtra() {
    return extra;
  }

  public A withExtra(Map<String, List<String>> extra) {
    this.extra = extra == null ? null : new LinkedHashMap<>(extra);
    return self();
  }

  public boolean hasExtra() {
    return extra != null;
  }

  public A addToExtra(String key, List<String> value) {
    if (this.extra == null) {
      this.extra = new LinkedHashMap<>();
    }
    this.extra.put(key, value);
    return self();
  }

  public A addToExtra(Map<String, List<String>> map) {
    if (map != null) {
      for (Map.Entry<String, List<String>> entry : map.entrySet()) {
        addToExtra(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromExtra(String key) {
    if (this.extra != null) {
      this.extra.remove(key);
    }
    return self();
  }

  public A removeFromExtra(Map<String, List<String>> map) {
    if (this.extra != null && map != null) {
      this.extra.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public List<String> getGroups() {
    return groups;
  }

  public A withGroups(List<String> groups) {
    this.groups = groups == null ? null : new ArrayList<>(groups);
    return self();
  }

  public boolean hasGroups() {
    return groups != null;
  }

  public A withGroups(String... items) {
    this.groups = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToGroups(String... items) {
    for (String item : items) {
      addToGroups(-1, item);
    }
    return self();
  }

  public A removeFromGroups(String... items) {
    return removeAllFromGroups(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToGroups(int index, String item) {
    if (this.groups == null) {
      this.groups = new ArrayList<>();
    }
    if (index < 0 || index >= this.groups.size()) {
      this.groups.add(item);
    } else {
      this.groups.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToGroups(int index, String item) {
    if (index < 0 || this.groups == null || index >= this.groups.size()) {
      return addToGroups(-1, item);
    }
    this.groups.set(index, item);
    return self();
  }

  public A addAllToGroups(Collection<String> items) {
    for (String item : items) {
      addToGroups(-1, item);
    }
    return self();
  }

  public A removeAllFromGroups(Collection<String> items) {
    if (this.groups != null) {
      this.groups.removeAll(items);
    }
    return self();
  }

  public V1NonResourceAttributes getNonResourceAttributes() {
    return nonResourceAttributes;
  }

  public A withNonResourceAttributes(V1NonResourceAttributes nonResourceAttributes) {
    this.nonResourceAttributes = nonResourceAttributes;
    return self();
  }

  public boolean hasNonResourceAttributes() {
    return nonResourceAttributes != null;
  }

  public V1NonResourceAttributes buildNonResourceAttributes() {
    return nonResourceAttributes;
  }

  public NonResourceAttributesNested withNewNonResourceAttributes() {
    return new NonResourceAttributesNested(null);
  }

  public NonResourceAttributesNested withNewNonResourceAttributesLike(V1NonResourceAttributes item) {
    return new NonResourceAttributesNested(item);
  }

  public NonResourceAttributesNested editNonResourceAttributes() {
    return new NonResourceAttributesNested(nonResourceAttributes);
  }

  public NonResourceAttributesNested editOrNewNonResourceAttributes() {
    return new NonResourceAttributesNested(nonResourceAttributes != null ? nonResourceAttributes : new V1NonResourceAttributes());
  }

  public NonResourceAttributesNested editOrNewNonResourceAttributesLike(V1NonResourceAttributes item) {
    return new NonResourceAttributesNested(nonResourceAttributes != null ? nonResourceAttributes : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class NonResourceAttributesNested extends V1NonResourceAttributesFluent<NonResourceAttributesNested> {
    NonResourceAttributesNested(V1NonResourceAttributes item) {
      super(item);
    }

    public A and() {
      return V1SubjectAccessReviewSpecFluent.this.withNonResourceAttributes(toModel());
    }

    public A endNonResourceAttributes() {
      return and();
    }
  }

  public V1ResourceAttributes getResourceAttributes() {
    return resourceAttributes;
  }

  public A withResourceAttributes(V1ResourceAttributes resourceAttributes) {
    this.resourceAttributes = resourceAttributes;
    return self();
  }

  public boolean hasResourceAttributes() {
    return resourceAttributes != null;
  }

  public V1ResourceAttributes buildResourceAttributes() {
    return resourceAttributes;
  }

  public ResourceAttributesNested withNewResourceAttributes() {
    return new ResourceAttributesNested(null);
  }

  public ResourceAttributesNested withNewResourceAttributesLike(V1ResourceAttributes item) {
    return new ResourceAttributesNested(item);
  }

  public ResourceAttributesNested editResourceAttributes() {
    return new ResourceAttributesNested(resourceAttributes);
  }

  public ResourceAttributesNested editOrNewResourceAttributes() {
    return new ResourceAttributesNested(resourceAttributes != null ? resourceAttributes : new V1ResourceAttributes());
  }

  public ResourceAttributesNested editOrNewResourceAttributesLike(V1ResourceAttributes item) {
    return new ResourceAttributesNested(resourceAttributes != null ? resourceAttributes : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ResourceAttributesNested extends V1ResourceAttributesFluent<ResourceAttributesNested> {
    ResourceAttributesNested(V1ResourceAttributes item) {
      super(item);
    }

    public A and() {
      return V1SubjectAccessReviewSpecFluent.this.withResourceAttributes(toModel());
    }

    public A endResourceAttributes() {
      return and();
    }
  }

  public String getUid() {
    return uid;
  }

  public A withUid(String uid) {
    this.uid = uid;
    return self();
  }

  public boolean hasUid() {
    return uid != null;
  }

  public String getUser() {
    return user;
  }

  public A withUser(String user) {
    this.user = user;
    return self();
  }

  public boolean hasUser() {
    return user != null;
  }
}
