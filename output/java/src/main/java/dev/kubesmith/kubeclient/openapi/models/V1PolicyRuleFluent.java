package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1PolicyRule}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PolicyRuleBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PolicyRuleFluent<A extends V1PolicyRuleFluent<A>> {
  private List<String> apiGroups;
  private List<String> nonResourceURLs;
  private List<String> resourceNames;
  private List<String> resources;
  private List<String> verbs;

  public V1PolicyRuleFluent() {}

  public V1PolicyRuleFluent(V1PolicyRule instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PolicyRule instance) {
    if (instance != null) {
      this.apiGroups = instance.getApiGroups() == null ? null : new ArrayList<>(instance.getApiGroups());
      this.nonResourceURLs = instance.getNonResourceURLs() == null ? null : new ArrayList<>(instance.getNonResourceURLs());
      this.resourceNames = instance.getResourceNames() == null ? null : new ArrayList<>(instance.getResourceNames());
      this.resources = instance.getResources() == null ? null : new ArrayList<>(instance.getResources());
      this.verbs = instance.getVerbs() == null ? null : new ArrayList<>(instance.getVerbs());
    }
  }

  /** A new {@link V1PolicyRule} holding what was set (lists and maps copied). */
  V1PolicyRule toModel() {
    V1PolicyRule o = new V1PolicyRule();
    o.setApiGroups(apiGroups == null ? null : new ArrayList<>(apiGroups));
    o.setNonResourceURLs(nonResourceURLs == null ? null : new ArrayList<>(nonResourceURLs));
    o.setResourceNames(resourceNames == null ? null : new ArrayList<>(resourceNames));
    o.setResources(resources == null ? null : new ArrayList<>(resources));
    o.setVerbs(verbs == null ? null : new ArrayList<>(verbs));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getApiGroups() {
    return apiGroups;
  }

  public A withApiGroups(List<String> apiGroups) {
    this.apiGroups = apiGroups == null ? null : new ArrayList<>(apiGroups);
    return self();
  }

  public boolean hasApiGroups() {
    return apiGroups != null;
  }

  public A withApiGroups(String... items) {
    this.apiGroups = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToApiGroups(String... items) {
    for (String item : items) {
      addToApiGroups(-1, item);
    }
    return self();
  }

  public A removeFromApiGroups(String... items) {
    return removeAllFromApiGroups(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToApiGroups(int index, String item) {
    if (this.apiGroups == null) {
      this.apiGroups = new ArrayList<>();
    }
    if (index < 0 || index >= this.apiGroups.size()) {
      this.apiGroups.add(item);
    } else {
      this.apiGroups.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToApiGroups(int index, String item) {
    if (index < 0 || this.apiGroups == null || index >= this.apiGroups.size()) {
      return addToApiGroups(-1, item);
    }
    this.apiGroups.set(index, item);
    return self();
  }

  public A addAllToApiGroups(Collection<String> items) {
    for (String item : items) {
      addToApiGroups(-1, item);
    }
    return self();
  }

  public A removeAllFromApiGroups(Collection<String> items) {
    if (this.apiGroups != null) {
      this.apiGroups.removeAll(items);
    }
    return self();
  }

  public List<String> getNonResourceURLs() {
    return nonResourceURLs;
  }

  public A withNonResourceURLs(List<String> nonResourceURLs) {
    this.nonResourceURLs = nonResourceURLs == null ? null : new ArrayList<>(nonResourceURLs);
    return self();
  }

  public boolean hasNonResourceURLs() {
    return nonResourceURLs != null;
  }

  public A withNonResourceURLs(String... items) {
    this.nonResourceURLs = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToNonResourceURLs(String... items) {
    for (String item : items) {
      addToNonResourceURLs(-1, item);
    }
    return self();
  }

  public A removeFromNonResourceURLs(String... items) {
    return removeAllFromNonResourceURLs(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToNonResourceURLs(int index, String item) {
    if (this.nonResourceURLs == null) {
      this.nonResourceURLs = new ArrayList<>();
    }
    if (index < 0 || index >= this.nonResourceURLs.size()) {
      this.nonResourceURLs.add(item);
    } else {
      this.nonResourceURLs.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToNonResourceURLs(int index, String item) {
    if (index < 0 || this.nonResourceURLs == null || index >= this.nonResourceURLs.size()) {
      return addToNonResourceURLs(-1, item);
    }
    this.nonResourceURLs.set(index, item);
    return self();
  }

  public A addAllToNonResourceURLs(Collection<String> items) {
    for (String item : items) {
      addToNonResourceURLs(-1, item);
    }
    return self();
  }

  public A removeAllFromNonResourceURLs(Collection<String> items) {
    if (this.nonResourceURLs != null) {
      this.nonResourceURLs.removeAll(items);
    }
    return self();
  }

  public List<String> getResourceNames() {
    return resourceNames;
  }

  public A withResourceNames(List<String> resourceNames) {
    this.resourceNames = resourceNames == null ? null : new ArrayList<>(resourceNames);
    return self();
  }

  public boolean hasResourceNames() {
    return resourceNames != null;
  }

  public A withResourceNames(String... items) {
    this.resourceNames = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToResourceNames(String... items) {
    for (String item : items) {
      addToResourceNames(-1, item);
    }
    return self();
  }

  public A removeFromResourceNames(String... items) {
    return removeAllFromResourceNames(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToResourceNames(int index, String item) {
    if (this.resourceNames == null) {
      this.resourceNames = new ArrayList<>();
    }
    if (index < 0 || index >= this.resourceNames.size()) {
      this.resourceNames.add(item);
    } else {
      this.resourceNames.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToResourceNames(int index, String item) {
    if (index < 0 || this.resourceNames == null || index >= this.resourceNames.size()) {
      return addToResourceNames(-1, item);
    }
    this.resourceNames.set(index, item);
    return self();
  }

  public A addAllToResourceNames(Collection<String> items) {
    for (String item : items) {
      addToResourceNames(-1, item);
    }
    return self();
  }

  public A removeAllFromResourceNames(Collection<String> items) {
    if (this.resourceNames != null) {
      this.resourceNames.removeAll(items);
    }
    return self();
  }

  public List<String> getResources() {
    return resources;
  }

  public A withResources(List<String> resources) {
    this.resources = resources == null ? null : new ArrayList<>(resources);
    return self();
  }

  public boolean hasResources() {
    return resources != null;
  }

  public A withResources(String... items) {
    this.resources = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToResources(String... items) {
    for (String item : items) {
      addToResources(-1, item);
    }
    return self();
  }

  public A removeFromResources(String... items) {
    return removeAllFromResources(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToResources(int index, String item) {
    if (this.resources == null) {
      this.resources = new ArrayList<>();
    }
    if (index < 0 || index >= this.resources.size()) {
      this.resources.add(item);
    } else {
      this.resources.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToResources(int index, String item) {
    if (index < 0 || this.resources == null || index >= this.resources.size()) {
      return addToResources(-1, item);
    }
    this.resources.set(index, item);
    return self();
  }

  public A addAllToResources(Collection<String> items) {
    for (String item : items) {
      addToResources(-1, item);
    }
    return self();
  }

  public A removeAllFromResources(Collection<String> items) {
    if (this.resources != null) {
      this.resources.removeAll(items);
    }
    return self();
  }

  public List<String> getVerbs() {
    return verbs;
  }

  public A withVerbs(List<String> verbs) {
    this.verbs = verbs == null ? null : new ArrayList<>(verbs);
    return self();
  }

  public boolean hasVerbs() {
    return verbs != null;
  }

  public A withVerbs(String... items) {
    this.verbs = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToVerbs(String... items) {
    for (String item : items) {
      addToVerbs(-1, item);
    }
    return self();
  }

  public A removeFromVerbs(String... items) {
    return removeAllFromVerbs(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToVerbs(int index, String item) {
    if (this.verbs == null) {
      this.verbs = new ArrayList<>();
    }
    if (index < 0 || index >= this.verbs.size()) {
      this.verbs.add(item);
    } else {
      this.verbs.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToVerbs(int index, String item) {
    if (index < 0 || this.verbs == null || index >= this.verbs.size()) {
      return addToVerbs(-1, item);
    }
    this.verbs.set(index, item);
    return self();
  }

  public A addAllToVerbs(Collection<String> items) {
    for (String item : items) {
      addToVerbs(-1, item);
    }
    return self();
  }

  public A removeAllFromVerbs(Collection<String> items) {
    if (this.verbs != null) {
      this.verbs.removeAll(items);
    }
    return self();
  }
}
