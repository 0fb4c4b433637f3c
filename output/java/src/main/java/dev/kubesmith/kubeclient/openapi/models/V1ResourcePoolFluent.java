package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ResourcePool}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ResourcePoolBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ResourcePoolFluent<A extends V1ResourcePoolFluent<A>> {
  private Long generation;
  private String name;
  private Long resourceSliceCount;

  public V1ResourcePoolFluent() {}

  public V1ResourcePoolFluent(V1ResourcePool instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ResourcePool instance) {
    if (instance != null) {
      this.generation = instance.getGeneration();
      this.name = instance.getName();
      this.resourceSliceCount = instance.getResourceSliceCount();
    }
  }

  /** A new {@link V1ResourcePool} holding what was set (lists and maps copied). */
  V1ResourcePool toModel() {
    V1ResourcePool o = new V1ResourcePool();
    o.setGeneration(generation);
    o.setName(name);
    o.setResourceSliceCount(resourceSliceCount);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Long getGeneration() {
    return generation;
  }

  public A withGeneration(Long generation) {
    this.generation = generation;
    return self();
  }

  public boolean hasGeneration() {
    return generation != null;
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

  public Long getResourceSliceCount() {
    return resourceSliceCount;
  }

  public A withResourceSliceCount(Long resourceSliceCount) {
    this.resourceSliceCount = resourceSliceCount;
    return self();
  }

  public boolean hasResourceSliceCount() {
    return resourceSliceCount != null;
  }
}
