package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1NodeSwapStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeSwapStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeSwapStatusFluent<A extends V1NodeSwapStatusFluent<A>> {
  private Long capacity;

  public V1NodeSwapStatusFluent() {}

  public V1NodeSwapStatusFluent(V1NodeSwapStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeSwapStatus instance) {
    if (instance != null) {
      this.capacity = instance.getCapacity();
    }
  }

  /** A new {@link V1NodeSwapStatus} holding what was set (lists and maps copied). */
  V1NodeSwapStatus toModel() {
    V1NodeSwapStatus o = new V1NodeSwapStatus();
    o.setCapacity(capacity);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Long getCapacity() {
    return capacity;
  }

  public A withCapacity(Long capacity) {
    this.capacity = capacity;
    return self();
  }

  public boolean hasCapacity() {
    return capacity != null;
  }
}
