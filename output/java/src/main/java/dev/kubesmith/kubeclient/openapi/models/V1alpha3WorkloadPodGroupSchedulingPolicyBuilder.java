package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3WorkloadPodGroupSchedulingPolicy}: {@code new V1alpha3WorkloadPodGroupSchedulingPolicyBuilder().withX(...)...build()}. */
public class V1alpha3WorkloadPodGroupSchedulingPolicyBuilder extends V1alpha3WorkloadPodGroupSchedulingPolicyFluent<V1alpha3WorkloadPodGroupSchedulingPolicyBuilder> {
  public V1alpha3WorkloadPodGroupSchedulingPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3WorkloadPodGroupSchedulingPolicyBuilder(V1alpha3WorkloadPodGroupSchedulingPolicy instance) {
    super(instance);
  }

  public V1alpha3WorkloadPodGroupSchedulingPolicy build() {
    return toModel();
  }
}
