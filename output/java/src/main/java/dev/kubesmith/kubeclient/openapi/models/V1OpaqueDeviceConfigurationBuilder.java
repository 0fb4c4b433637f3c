package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1OpaqueDeviceConfiguration}: {@code new V1OpaqueDeviceConfigurationBuilder().withX(...)...build()}. */
public class V1OpaqueDeviceConfigurationBuilder extends V1OpaqueDeviceConfigurationFluent<V1OpaqueDeviceConfigurationBuilder> {
  public V1OpaqueDeviceConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1OpaqueDeviceConfigurationBuilder(V1OpaqueDeviceConfiguration instance) {
    super(instance);
  }

  public V1OpaqueDeviceConfiguration build() {
    return toModel();
  }
}
