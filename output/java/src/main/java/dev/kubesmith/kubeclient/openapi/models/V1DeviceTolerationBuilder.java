package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceToleration}: {@code new V1DeviceTolerationBuilder().withX(...)...build()}. */
public class V1DeviceTolerationBuilder extends V1DeviceTolerationFluent<V1DeviceTolerationBuilder> {
  public V1DeviceTolerationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceTolerationBuilder(V1DeviceToleration instance) {
    super(instance);
  }

  public V1DeviceToleration build() {
    return toModel();
  }
}
