package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1AllCompositeDisruptionMode}: {@code new V1beta1AllCompositeDisruptionModeBuilder().withX(...)...build()}. */
public class V1beta1AllCompositeDisruptionModeBuilder extends V1beta1AllCompositeDisruptionModeFluent<V1beta1AllCompositeDisruptionModeBuilder> {
  public V1beta1AllCompositeDisruptionModeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1AllCompositeDisruptionModeBuilder(V1beta1AllCompositeDisruptionMode instance) {
    super(instance);
  }

  public V1beta1AllCompositeDisruptionMode build() {
    return toModel();
  }
}
