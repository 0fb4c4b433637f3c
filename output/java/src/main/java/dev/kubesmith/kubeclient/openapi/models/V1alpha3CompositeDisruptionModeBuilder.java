package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3CompositeDisruptionMode}: {@code new V1alpha3CompositeDisruptionModeBuilder().withX(...)...build()}. */
public class V1alpha3CompositeDisruptionModeBuilder extends V1alpha3CompositeDisruptionModeFluent<V1alpha3CompositeDisruptionModeBuilder> {
  public V1alpha3CompositeDisruptionModeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3CompositeDisruptionModeBuilder(V1alpha3CompositeDisruptionMode instance) {
    super(instance);
  }

  public V1alpha3CompositeDisruptionMode build() {
    return toModel();
  }
}
