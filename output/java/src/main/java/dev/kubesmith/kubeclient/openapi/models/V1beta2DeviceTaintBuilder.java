package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceTaint}: {@code new V1beta2DeviceTaintBuilder().withX(...)...build()}. */
public class V1beta2DeviceTaintBuilder extends V1beta2DeviceTaintFluent<V1beta2DeviceTaintBuilder> {
  public V1beta2DeviceTaintBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceTaintBuilder(V1beta2DeviceTaint instance) {
    super(instance);
  }

  public V1beta2DeviceTaint build() {
    return toModel();
  }
}
