package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DisruptionMode}: {@code new V1beta1DisruptionModeBuilder().withX(...)...build()}. */
public class V1beta1DisruptionModeBuilder extends V1beta1DisruptionModeFluent<V1beta1DisruptionModeBuilder> {
  public V1beta1DisruptionModeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DisruptionModeBuilder(V1beta1DisruptionMode instance) {
    super(instance);
  }

  public V1beta1DisruptionMode build() {
    return toModel();
  }
}
