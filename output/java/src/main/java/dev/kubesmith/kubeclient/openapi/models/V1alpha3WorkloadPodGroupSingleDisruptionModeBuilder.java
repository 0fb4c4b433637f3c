package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3WorkloadPodGroupSingleDisruptionMode}: {@code new V1alpha3WorkloadPodGroupSingleDisruptionModeBuilder().withX(...)...build()}. */
public class V1alpha3WorkloadPodGroupSingleDisruptionModeBuilder extends V1alpha3WorkloadPodGroupSingleDisruptionModeFluent<V1alpha3WorkloadPodGroupSingleDisruptionModeBuilder> {
  public V1alpha3WorkloadPodGroupSingleDisruptionModeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3WorkloadPodGroupSingleDisruptionModeBuilder(V1alpha3WorkloadPodGroupSingleDisruptionMode instance) {
    super(instance);
  }

  public V1alpha3WorkloadPodGroupSingleDisruptionMode build() {
    return toModel();
  }
}
