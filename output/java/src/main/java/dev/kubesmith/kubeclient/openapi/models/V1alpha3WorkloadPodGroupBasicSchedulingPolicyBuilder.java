package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3WorkloadPodGroupBasicSchedulingPolicy}: {@code new V1alpha3WorkloadPodGroupBasicSchedulingPolicyBuilder().withX(...)...build()}. */
public class V1alpha3WorkloadPodGroupBasicSchedulingPolicyBuilder extends V1alpha3WorkloadPodGroupBasicSchedulingPolicyFluent<V1alpha3WorkloadPodGroupBasicSchedulingPolicyBuilder> {
  public V1alpha3WorkloadPodGroupBasicSchedulingPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3WorkloadPodGroupBasicSchedulingPolicyBuilder(V1alpha3WorkloadPodGroupBasicSchedulingPolicy instance) {
    super(instance);
  }

  public V1alpha3WorkloadPodGroupBasicSchedulingPolicy build() {
    return toModel();
  }
}
