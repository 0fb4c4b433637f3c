package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3WorkloadPodGroupDisruptionMode}: {@code new V1alpha3WorkloadPodGroupDisruptionModeBuilder().withX(...)...build()}. */
public class V1alpha3WorkloadPodGroupDisruptionModeBuilder extends V1alpha3WorkloadPodGroupDisruptionModeFluent<V1alpha3WorkloadPodGroupDisruptionModeBuilder> {
  public V1alpha3WorkloadPodGroupDisruptionModeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3WorkloadPodGroupDisruptionModeBuilder(V1alpha3WorkloadPodGroupDisruptionMode instance) {
    super(instance);
  }

  public V1alpha3WorkloadPodGroupDisruptionMode build() {
    return toModel();
  }
}
