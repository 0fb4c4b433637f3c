package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CELDeviceSelector}: {@code new V1CELDeviceSelectorBuilder().withX(...)...build()}. */
public class V1CELDeviceSelectorBuilder extends V1CELDeviceSelectorFluent<V1CELDeviceSelectorBuilder> {
  public V1CELDeviceSelectorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CELDeviceSelectorBuilder(V1CELDeviceSelector instance) {
    super(instance);
  }

  public V1CELDeviceSelector build() {
    return toModel();
  }
}
