package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1CustomResourceSubresourceStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CustomResourceSubresourceStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CustomResourceSubresourceStatusFluent<A extends V1CustomResourceSubresourceStatusFluent<A>> {

  public V1CustomResourceSubresourceStatusFluent() {}

  public V1CustomResourceSubresourceStatusFluent(V1CustomResourceSubresourceStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CustomResourceSubresourceStatus instance) {
    if (instance != null) {
    }
  }

  /** A new {@link V1CustomResourceSubresourceStatus} holding what was set (lists and maps copied). */
  V1CustomResourceSubresourceStatus toModel() {
    V1CustomResourceSubresourceStatus o = new V1CustomResourceSubresourceStatus();
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }
}
