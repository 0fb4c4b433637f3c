package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceClassConfiguration}: {@code new V1beta2DeviceClassConfigurationBuilder().withX(...)...build()}. */
public class V1beta2DeviceClassConfigurationBuilder extends V1beta2DeviceClassConfigurationFluent<V1beta2DeviceClassConfigurationBuilder> {
  public V1beta2DeviceClassConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceClassConfigurationBuilder(V1beta2DeviceClassConfiguration instance) {
    super(instance);
  }

  public V1beta2DeviceClassConfiguration build() {
    return toModel();
  }
}
