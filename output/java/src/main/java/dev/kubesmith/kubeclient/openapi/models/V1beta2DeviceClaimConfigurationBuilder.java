package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceClaimConfiguration}: {@code new V1beta2DeviceClaimConfigurationBuilder().withX(...)...build()}. */
public class V1beta2DeviceClaimConfigurationBuilder extends V1beta2DeviceClaimConfigurationFluent<V1beta2DeviceClaimConfigurationBuilder> {
  public V1beta2DeviceClaimConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceClaimConfigurationBuilder(V1beta2DeviceClaimConfiguration instance) {
    super(instance);
  }

  public V1beta2DeviceClaimConfiguration build() {
    return toModel();
  }
}
