package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3WorkloadPodGroupAllDisruptionMode}: {@code new V1alpha3WorkloadPodGroupAllDisruptionModeBuilder().withX(...)...build()}. */
public class V1alpha3WorkloadPodGroupAllDisruptionModeBuilder extends V1alpha3WorkloadPodGroupAllDisruptionModeFluent<V1alpha3WorkloadPodGroupAllDisruptionModeBuilder> {
  public V1alpha3WorkloadPodGroupAllDisruptionModeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3WorkloadPodGroupAllDisruptionModeBuilder(V1alpha3WorkloadPodGroupAllDisruptionMode instance) {
    super(instance);
  }

  public V1alpha3WorkloadPodGroupAllDisruptionMode build() {
    return toModel();
  }
}
