package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceClaimConfiguration}: {@code new V1DeviceClaimConfigurationBuilder().withX(...)...build()}. */
public class V1DeviceClaimConfigurationBuilder extends V1DeviceClaimConfigurationFluent<V1DeviceClaimConfigurationBuilder> {
  public V1DeviceClaimConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceClaimConfigurationBuilder(V1DeviceClaimConfiguration instance) {
    super(instance);
  }

  public V1DeviceClaimConfiguration build() {
    return toModel();
  }
}
