package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceClassConfiguration}: {@code new V1DeviceClassConfigurationBuilder().withX(...)...build()}. */
public class V1DeviceClassConfigurationBuilder extends V1DeviceClassConfigurationFluent<V1DeviceClassConfigurationBuilder> {
  public V1DeviceClassConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceClassConfigurationBuilder(V1DeviceClassConfiguration instance) {
    super(instance);
  }

  public V1DeviceClassConfiguration build() {
    return toModel();
  }
}
