package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceSelector}: {@code new V1beta2DeviceSelectorBuilder().withX(...)...build()}. */
public class V1beta2DeviceSelectorBuilder extends V1beta2DeviceSelectorFluent<V1beta2DeviceSelectorBuilder> {
  public V1beta2DeviceSelectorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceSelectorBuilder(V1beta2DeviceSelector instance) {
    super(instance);
  }

  public V1beta2DeviceSelector build() {
    return toModel();
  }
}
