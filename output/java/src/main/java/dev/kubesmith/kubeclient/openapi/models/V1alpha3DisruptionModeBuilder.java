package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3DisruptionMode}: {@code new V1alpha3DisruptionModeBuilder().withX(...)...build()}. */
public class V1alpha3DisruptionModeBuilder extends V1alpha3DisruptionModeFluent<V1alpha3DisruptionModeBuilder> {
  public V1alpha3DisruptionModeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3DisruptionModeBuilder(V1alpha3DisruptionMode instance) {
    super(instance);
  }

  public V1alpha3DisruptionMode build() {
    return toModel();
  }
}
