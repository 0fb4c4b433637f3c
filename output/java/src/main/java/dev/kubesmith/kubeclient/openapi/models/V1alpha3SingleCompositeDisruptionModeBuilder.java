package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3SingleCompositeDisruptionMode}: {@code new V1alpha3SingleCompositeDisruptionModeBuilder().withX(...)...build()}. */
public class V1alpha3SingleCompositeDisruptionModeBuilder extends V1alpha3SingleCompositeDisruptionModeFluent<V1alpha3SingleCompositeDisruptionModeBuilder> {
  public V1alpha3SingleCompositeDisruptionModeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3SingleCompositeDisruptionModeBuilder(V1alpha3SingleCompositeDisruptionMode instance) {
    super(instance);
  }

  public V1alpha3SingleCompositeDisruptionMode build() {
    return toModel();
  }
}
