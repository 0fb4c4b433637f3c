package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3BasicSchedulingPolicy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3BasicSchedulingPolicyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3BasicSchedulingPolicyFluent<A extends V1alpha3BasicSchedulingPolicyFluent<A>> {

  public V1alpha3BasicSchedulingPolicyFluent() {}

  public V1alpha3BasicSchedulingPolicyFluent(V1alpha3BasicSchedulingPolicy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3BasicSchedulingPolicy instance) {
    if (instance != null) {
    }
  }

  /** A new {@link V1alpha3BasicSchedulingPolicy} holding what was set (lists and maps copied). */
  V1alpha3BasicSchedulingPolicy toModel() {
    V1alpha3BasicSchedulingPolicy o = new V1alpha3BasicSchedulingPolicy();
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }
}
