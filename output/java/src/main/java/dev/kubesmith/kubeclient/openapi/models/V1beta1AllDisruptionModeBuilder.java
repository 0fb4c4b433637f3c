package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1AllDisruptionMode}: {@code new V1beta1AllDisruptionModeBuilder().withX(...)...build()}. */
public class V1beta1AllDisruptionModeBuilder extends V1beta1AllDisruptionModeFluent<V1beta1AllDisruptionModeBuilder> {
  public V1beta1AllDisruptionModeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1AllDisruptionModeBuilder(V1beta1AllDisruptionMode instance) {
    super(instance);
  }

  public V1beta1AllDisruptionMode build() {
    return toModel();
  }
}
