package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1VolumeNodeResources}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1VolumeNodeResourcesBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1VolumeNodeResourcesFluent<A extends V1VolumeNodeResourcesFluent<A>> {
  private Integer count;

  public V1VolumeNodeResourcesFluent() {}

  public V1VolumeNodeResourcesFluent(V1VolumeNodeResources instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1VolumeNodeResources instance) {
    if (instance != null) {
      this.count = instance.getCount();
    }
  }

  /** A new {@link V1VolumeNodeResources} holding what was set (lists and maps copied). */
  V1VolumeNodeResources toModel() {
    V1VolumeNodeResources o = new V1VolumeNodeResources();
    o.setCount(count);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getCount() {
    return count;
  }

  public A withCount(Integer count) {
    this.count = count;
    return self();
  }

  public boolean hasCount() {
    return count != null;
  }
}
