package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1SingleDisruptionMode}: {@code new V1beta1SingleDisruptionModeBuilder().withX(...)...build()}. */
public class V1beta1SingleDisruptionModeBuilder extends V1beta1SingleDisruptionModeFluent<V1beta1SingleDisruptionModeBuilder> {
  public V1beta1SingleDisruptionModeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1SingleDisruptionModeBuilder(V1beta1SingleDisruptionMode instance) {
    super(instance);
  }

  public V1beta1SingleDisruptionMode build() {
    return toModel();
  }
}
