package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1OpaqueDeviceConfiguration}: {@code new V1beta1OpaqueDeviceConfigurationBuilder().withX(...)...build()}. */
public class V1beta1OpaqueDeviceConfigurationBuilder extends V1beta1OpaqueDeviceConfigurationFluent<V1beta1OpaqueDeviceConfigurationBuilder> {
  public V1beta1OpaqueDeviceConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1OpaqueDeviceConfigurationBuilder(V1beta1OpaqueDeviceConfiguration instance) {
    super(instance);
  }

  public V1beta1OpaqueDeviceConfiguration build() {
    return toModel();
  }
}
