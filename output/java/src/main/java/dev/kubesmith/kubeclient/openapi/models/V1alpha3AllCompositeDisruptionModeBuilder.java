package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3AllCompositeDisruptionMode}: {@code new V1alpha3AllCompositeDisruptionModeBuilder().withX(...)...build()}. */
public class V1alpha3AllCompositeDisruptionModeBuilder extends V1alpha3AllCompositeDisruptionModeFluent<V1alpha3AllCompositeDisruptionModeBuilder> {
  public V1alpha3AllCompositeDisruptionModeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3AllCompositeDisruptionModeBuilder(V1alpha3AllCompositeDisruptionMode instance) {
    super(instance);
  }

  public V1alpha3AllCompositeDisruptionMode build() {
    return toModel();
  }
}
