package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceToleration}: {@code new V1beta2DeviceTolerationBuilder().withX(...)...build()}. */
public class V1beta2DeviceTolerationBuilder extends V1beta2DeviceTolerationFluent<V1beta2DeviceTolerationBuilder> {
  public V1beta2DeviceTolerationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceTolerationBuilder(V1beta2DeviceToleration instance) {
    super(instance);
  }

  public V1beta2DeviceToleration build() {
    return toModel();
  }
}
