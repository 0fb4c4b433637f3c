package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceToleration}: {@code new V1beta1DeviceTolerationBuilder().withX(...)...build()}. */
public class V1beta1DeviceTolerationBuilder extends V1beta1DeviceTolerationFluent<V1beta1DeviceTolerationBuilder> {
  public V1beta1DeviceTolerationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceTolerationBuilder(V1beta1DeviceToleration instance) {
    super(instance);
  }

  public V1beta1DeviceToleration build() {
    return toModel();
  }
}
