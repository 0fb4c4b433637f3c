package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1BasicSchedulingPolicy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1BasicSchedulingPolicyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1BasicSchedulingPolicyFluent<A extends V1beta1BasicSchedulingPolicyFluent<A>> {

  public V1beta1BasicSchedulingPolicyFluent() {}

  public V1beta1BasicSchedulingPolicyFluent(V1beta1BasicSchedulingPolicy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1BasicSchedulingPolicy instance) {
    if (instance != null) {
    }
  }

  /** A new {@link V1beta1BasicSchedulingPolicy} holding what was set (lists and maps copied). */
  V1beta1BasicSchedulingPolicy toModel() {
    V1beta1BasicSchedulingPolicy o = new V1beta1BasicSchedulingPolicy();
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }
}
