package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1CompositeDisruptionMode}: {@code new V1beta1CompositeDisruptionModeBuilder().withX(...)...build()}. */
public class V1beta1CompositeDisruptionModeBuilder extends V1beta1CompositeDisruptionModeFluent<V1beta1CompositeDisruptionModeBuilder> {
  public V1beta1CompositeDisruptionModeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1CompositeDisruptionModeBuilder(V1beta1CompositeDisruptionMode instance) {
    super(instance);
  }

  public V1beta1CompositeDisruptionMode build() {
    return toModel();
  }
}
