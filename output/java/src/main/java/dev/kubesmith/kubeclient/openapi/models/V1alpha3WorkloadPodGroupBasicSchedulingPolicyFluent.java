package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3WorkloadPodGroupBasicSchedulingPolicy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3WorkloadPodGroupBasicSchedulingPolicyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3WorkloadPodGroupBasicSchedulingPolicyFluent<A extends V1alpha3WorkloadPodGroupBasicSchedulingPolicyFluent<A>> {

  public V1alpha3WorkloadPodGroupBasicSchedulingPolicyFluent() {}

  public V1alpha3WorkloadPodGroupBasicSchedulingPolicyFluent(V1alpha3WorkloadPodGroupBasicSchedulingPolicy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3WorkloadPodGroupBasicSchedulingPolicy instance) {
    if (instance != null) {
    }
  }

  /** A new {@link V1alpha3WorkloadPodGroupBasicSchedulingPolicy} holding what was set (lists and maps copied). */
  V1alpha3WorkloadPodGroupBasicSchedulingPolicy toModel() {
    V1alpha3WorkloadPodGroupBasicSchedulingPolicy o = new V1alpha3WorkloadPodGroupBasicSchedulingPolicy();
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }
}
