package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1SingleCompositeDisruptionMode}: {@code new V1beta1SingleCompositeDisruptionModeBuilder().withX(...)...build()}. */
public class V1beta1SingleCompositeDisruptionModeBuilder extends V1beta1SingleCompositeDisruptionModeFluent<V1beta1SingleCompositeDisruptionModeBuilder> {
  public V1beta1SingleCompositeDisruptionModeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1SingleCompositeDisruptionModeBuilder(V1beta1SingleCompositeDisruptionMode instance) {
    super(instance);
  }

  public V1beta1SingleCompositeDisruptionMode build() {
    return toModel();
  }
}
