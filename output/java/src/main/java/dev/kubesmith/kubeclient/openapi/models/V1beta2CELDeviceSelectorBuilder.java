package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2CELDeviceSelector}: {@code new V1beta2CELDeviceSelectorBuilder().withX(...)...build()}. */
public class V1beta2CELDeviceSelectorBuilder extends V1beta2CELDeviceSelectorFluent<V1beta2CELDeviceSelectorBuilder> {
  public V1beta2CELDeviceSelectorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2CELDeviceSelectorBuilder(V1beta2CELDeviceSelector instance) {
    super(instance);
  }

  public V1beta2CELDeviceSelector build() {
    return toModel();
  }
}
