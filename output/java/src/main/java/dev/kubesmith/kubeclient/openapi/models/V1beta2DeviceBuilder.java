package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2Device}: {@code new V1beta2DeviceBuilder().withX(...)...build()}. */
public class V1beta2DeviceBuilder extends V1beta2DeviceFluent<V1beta2DeviceBuilder> {
  public V1beta2DeviceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceBuilder(V1beta2Device instance) {
    super(instance);
  }

  public V1beta2Device build() {
    return toModel();
  }
}
