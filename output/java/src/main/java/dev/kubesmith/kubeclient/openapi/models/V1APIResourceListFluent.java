package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1APIResourceList}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1APIResourceListBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1APIResourceListFluent<A extends V1APIResourceListFluent<A>> {
  private String apiVersion;
  private String groupVersion;
  private String kind;
  private List<V1APIResource> resources;

  public V1APIResourceListFluent() {}

  public V1APIResourceListFluent(V1APIResourceList instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1APIResourceList instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.groupVersion = instance.getGroupVersion();
      this.kind = instance.getKind();
      this.resources = instance.getResources() == null ? null : new ArrayList<>(instance.getResources());
    }
  }

  /** A new {@link V1APIResourceList} holding what was set (lists and maps copied). */
  V1APIResourceList toModel() {
    V1APIResourceList o = new V1APIResourceList();
    o.setApiVersion(apiVersion);
    o.setGroupVersion(groupVersion);
    o.setKind(kind);
    o.setResources(resources == null ? null : new ArrayList<>(resources));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getApiVersion() {
    return apiVersion;
  }

  public A withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return self();
  }

  public boolean hasApiVersion() {
    return apiVersion != null;
  }

  public String getGroupVersion() {
    return groupVersion;
  }

  public A withGroupVersion(String groupVersion) {
    this.groupVersion = groupVersion;
    return self();
  }

  public boolean hasGroupVersion() {
    return groupVersion != null;
  }

  public String getKind() {
    return kind;
  }

  public A withKind(String kind) {
    this.kind = kind;
    return self();
  }

  public boolean hasKind() {
    return kind != null;
  }

  public List<V1APIResource> getResources() {
    return resources;
  }

  public A withResources(List<V1APIResource> resources) {
    this.resources = resources == null ? null : new ArrayList<>(resources);
    return self();
  }

  public boolean hasResources() {
    return resources != null;
  }

  public A withResources(V1APIResource... items) {
    this.resources = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToResources(V1APIResource... items) {
    for (V1APIResource item : items) {
      addToResources(-1, item);
    }
    return self();
  }

  public A removeFromResources(V1APIResource... items) {
    return removeAllFromResources(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToResources(int index, V1APIResource item) {
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
  public A setToResources(int index, V1APIResource item) {
    if (index < 0 || this.resources == null || index >= this.resources.size()) {
      return addToResources(-1, item);
    }
    this.resources.set(index, item);
    return self();
  }

  public A addAllToResources(Collection<V1APIResource> items) {
    for (V1APIResource item : items) {
      addToResources(-1, item);
    }
    return self();
  }

  public A removeAllFromResources(Collection<V1APIResource> items) {
    if (this.resources != null) {
      this.resources.removeAll(items);
    }
    return self();
  }

  public List<V1APIResource> buildResources() {
    return resources;
  }

  public V1APIResource buildResource(int index) {
    return this.resources.get(index);
  }

  public ResourcesNested addNewResource() {
    return new ResourcesNested(-1, null);
  }

  public ResourcesNested addNewResourceLike(V1APIResource item) {
    return new ResourcesNested(-1, item);
  }

  public ResourcesNested setNewResourceLike(int index, V1APIResource item) {
    return new ResourcesNested(index, item);
  }

  public ResourcesNested editResource(int index) {
    if (this.resources == null || index < 0 || index >= this.resources.size()) {
      throw new IndexOutOfBoundsException("can't edit resources [" + index + "]");
    }
    return new ResourcesNested(index, this.resources.get(index));
  }

  public ResourcesNested editFirstResource() {
    return editResource(0);
  }

  public ResourcesNested editLastResource() {
    return editResource(this.resources == null ? -1 : this.resources.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ResourcesNested extends V1APIResourceFluent<ResourcesNested> {
    private final int index;

    ResourcesNested(int index, V1APIResource item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1APIResourceListFluent.this.setToResources(index, toModel());
    }

    public A endResource() {
      return and();
    }
  }
}
