package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceAllocationConfiguration}: {@code new V1DeviceAllocationConfigurationBuilder().withX(...)...build()}. */
public class V1DeviceAllocationConfigurationBuilder extends V1DeviceAllocationConfigurationFluent<V1DeviceAllocationConfigurationBuilder> {
  public V1DeviceAllocationConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceAllocationConfigurationBuilder(V1DeviceAllocationConfiguration instance) {
    super(instance);
  }

  public V1DeviceAllocationConfiguration build() {
    return toModel();
  }
}
