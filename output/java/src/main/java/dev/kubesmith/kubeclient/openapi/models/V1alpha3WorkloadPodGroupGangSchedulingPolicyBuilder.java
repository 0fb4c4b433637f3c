package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3WorkloadPodGroupGangSchedulingPolicy}: {@code new V1alpha3WorkloadPodGroupGangSchedulingPolicyBuilder().withX(...)...build()}. */
public class V1alpha3WorkloadPodGroupGangSchedulingPolicyBuilder extends V1alpha3WorkloadPodGroupGangSchedulingPolicyFluent<V1alpha3WorkloadPodGroupGangSchedulingPolicyBuilder> {
  public V1alpha3WorkloadPodGroupGangSchedulingPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3WorkloadPodGroupGangSchedulingPolicyBuilder(V1alpha3WorkloadPodGroupGangSchedulingPolicy instance) {
    super(instance);
  }

  public V1alpha3WorkloadPodGroupGangSchedulingPolicy build() {
    return toModel();
  }
}
