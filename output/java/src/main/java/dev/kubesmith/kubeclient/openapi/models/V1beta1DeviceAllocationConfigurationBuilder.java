package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceAllocationConfiguration}: {@code new V1beta1DeviceAllocationConfigurationBuilder().withX(...)...build()}. */
public class V1beta1DeviceAllocationConfigurationBuilder extends V1beta1DeviceAllocationConfigurationFluent<V1beta1DeviceAllocationConfigurationBuilder> {
  public V1beta1DeviceAllocationConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceAllocationConfigurationBuilder(V1beta1DeviceAllocationConfiguration instance) {
    super(instance);
  }

  public V1beta1DeviceAllocationConfiguration build() {
    return toModel();
  }
}
