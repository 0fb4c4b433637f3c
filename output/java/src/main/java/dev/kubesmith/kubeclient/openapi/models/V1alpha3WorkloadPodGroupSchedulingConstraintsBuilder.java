package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3WorkloadPodGroupSchedulingConstraints}: {@code new V1alpha3WorkloadPodGroupSchedulingConstraintsBuilder().withX(...)...build()}. */
public class V1alpha3WorkloadPodGroupSchedulingConstraintsBuilder extends V1alpha3WorkloadPodGroupSchedulingConstraintsFluent<V1alpha3WorkloadPodGroupSchedulingConstraintsBuilder> {
  public V1alpha3WorkloadPodGroupSchedulingConstraintsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3WorkloadPodGroupSchedulingConstraintsBuilder(V1alpha3WorkloadPodGroupSchedulingConstraints instance) {
    super(instance);
  }

  public V1alpha3WorkloadPodGroupSchedulingConstraints build() {
    return toModel();
  }
}
