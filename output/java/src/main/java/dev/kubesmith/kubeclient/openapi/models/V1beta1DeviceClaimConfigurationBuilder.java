package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceClaimConfiguration}: {@code new V1beta1DeviceClaimConfigurationBuilder().withX(...)...build()}. */
public class V1beta1DeviceClaimConfigurationBuilder extends V1beta1DeviceClaimConfigurationFluent<V1beta1DeviceClaimConfigurationBuilder> {
  public V1beta1DeviceClaimConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceClaimConfigurationBuilder(V1beta1DeviceClaimConfiguration instance) {
    super(instance);
  }

  public V1beta1DeviceClaimConfiguration build() {
    return toModel();
  }
}
