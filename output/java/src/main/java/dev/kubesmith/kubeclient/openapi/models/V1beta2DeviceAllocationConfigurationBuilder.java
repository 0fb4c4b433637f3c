package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceAllocationConfiguration}: {@code new V1beta2DeviceAllocationConfigurationBuilder().withX(...)...build()}. */
public class V1beta2DeviceAllocationConfigurationBuilder extends V1beta2DeviceAllocationConfigurationFluent<V1beta2DeviceAllocationConfigurationBuilder> {
  public V1beta2DeviceAllocationConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceAllocationConfigurationBuilder(V1beta2DeviceAllocationConfiguration instance) {
    super(instance);
  }

  public V1beta2DeviceAllocationConfiguration build() {
    return toModel();
  }
}
