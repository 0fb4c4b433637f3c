package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3AllDisruptionMode}: {@code new V1alpha3AllDisruptionModeBuilder().withX(...)...build()}. */
public class V1alpha3AllDisruptionModeBuilder extends V1alpha3AllDisruptionModeFluent<V1alpha3AllDisruptionModeBuilder> {
  public V1alpha3AllDisruptionModeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3AllDisruptionModeBuilder(V1alpha3AllDisruptionMode instance) {
    super(instance);
  }

  public V1alpha3AllDisruptionMode build() {
    return toModel();
  }
}
