package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceClassConfiguration}: {@code new V1beta1DeviceClassConfigurationBuilder().withX(...)...build()}. */
public class V1beta1DeviceClassConfigurationBuilder extends V1beta1DeviceClassConfigurationFluent<V1beta1DeviceClassConfigurationBuilder> {
  public V1beta1DeviceClassConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceClassConfigurationBuilder(V1beta1DeviceClassConfiguration instance) {
    super(instance);
  }

  public V1beta1DeviceClassConfiguration build() {
    return toModel();
  }
}
