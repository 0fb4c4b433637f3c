package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1CELDeviceSelector}: {@code new V1beta1CELDeviceSelectorBuilder().withX(...)...build()}. */
public class V1beta1CELDeviceSelectorBuilder extends V1beta1CELDeviceSelectorFluent<V1beta1CELDeviceSelectorBuilder> {
  public V1beta1CELDeviceSelectorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1CELDeviceSelectorBuilder(V1beta1CELDeviceSelector instance) {
    super(instance);
  }

  public V1beta1CELDeviceSelector build() {
    return toModel();
  }
}
