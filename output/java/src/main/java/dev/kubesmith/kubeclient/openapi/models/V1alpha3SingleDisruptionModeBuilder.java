package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3SingleDisruptionMode}: {@code new V1alpha3SingleDisruptionModeBuilder().withX(...)...build()}. */
public class V1alpha3SingleDisruptionModeBuilder extends V1alpha3SingleDisruptionModeFluent<V1alpha3SingleDisruptionModeBuilder> {
  public V1alpha3SingleDisruptionModeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3SingleDisruptionModeBuilder(V1alpha3SingleDisruptionMode instance) {
    super(instance);
  }

  public V1alpha3SingleDisruptionMode build() {
    return toModel();
  }
}
