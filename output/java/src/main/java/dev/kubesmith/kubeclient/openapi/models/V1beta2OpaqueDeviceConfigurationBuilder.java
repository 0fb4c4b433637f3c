package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2OpaqueDeviceConfiguration}: {@code new V1beta2OpaqueDeviceConfigurationBuilder().withX(...)...build()}. */
public class V1beta2OpaqueDeviceConfigurationBuilder extends V1beta2OpaqueDeviceConfigurationFluent<V1beta2OpaqueDeviceConfigurationBuilder> {
  public V1beta2OpaqueDeviceConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2OpaqueDeviceConfigurationBuilder(V1beta2OpaqueDeviceConfiguration instance) {
    super(instance);
  }

  public V1beta2OpaqueDeviceConfiguration build() {
    return toModel();
  }
}
