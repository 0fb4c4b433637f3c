package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1ResourceStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ResourceStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ResourceStatusFluent<A extends V1ResourceStatusFluent<A>> {
  private String name;
  private List<V1ResourceHealth> resources;

  public V1ResourceStatusFluent() {}

  public V1ResourceStatusFluent(V1ResourceStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ResourceStatus instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.resources = instance.getResources() == null ? null : new ArrayList<>(instance.getResources());
    }
  }

  /** A new {@link V1ResourceStatus} holding what was set (lists and maps copied). */
  V1ResourceStatus toModel() {
    V1ResourceStatus o = new V1ResourceStatus();
    o.setName(name);
    o.setResources(resources == null ? null : new ArrayList<>(resources));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
  }

  public List<V1ResourceHealth> getResources() {
    return resources;
  }

  public A withResources(List<V1ResourceHealth> resources) {
    this.resources = resources == null ? null : new ArrayList<>(resources);
    return self();
  }

  public boolean hasResources() {
    return resources != null;
  }

  public A withResources(V1ResourceHealth... items) {
    this.resources = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToResources(V1ResourceHealth... items) {
    for (V1ResourceHealth item : items) {
      addToResources(-1, item);
    }
    return self();
  }

  public A removeFromResources(V1ResourceHealth... items) {
    return removeAllFromResources(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToResources(int index, V1ResourceHealth item) {
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
  public A setToResources(int index, V1ResourceHealth item) {
    if (index < 0 || this.resources == null || index >= this.resources.size()) {
      return addToResources(-1, item);
    }
    this.resources.set(index, item);
    return self();
  }

  public A addAllToResources(Collection<V1ResourceHealth> items) {
    for (V1ResourceHealth item : items) {
      addToResources(-1, item);
    }
    return self();
  }

  public A removeAllFromResources(Collection<V1ResourceHealth> items) {
    if (this.resources != null) {
      this.resources.removeAll(items);
    }
    return self();
  }

  public List<V1ResourceHealth> buildResources() {
    return resources;
  }

  public V1ResourceHealth buildResource(int index) {
    return this.resources.get(index);
  }

  public ResourcesNested addNewResource() {
    return new ResourcesNested(-1, null);
  }

  public ResourcesNested addNewResourceLike(V1ResourceHealth item) {
    return new ResourcesNested(-1, item);
  }

  public ResourcesNested setNewResourceLike(int index, V1ResourceHealth item) {
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
  public class ResourcesNested extends V1ResourceHealthFluent<ResourcesNested> {
    private final int index;

    ResourcesNested(int index, V1ResourceHealth item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ResourceStatusFluent.this.setToResources(index, toModel());
    }

    public A endResource() {
      return and();
    }
  }
}
