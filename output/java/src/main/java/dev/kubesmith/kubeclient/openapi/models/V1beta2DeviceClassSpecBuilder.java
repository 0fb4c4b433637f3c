package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceClassSpec}: {@code new V1beta2DeviceClassSpecBuilder().withX(...)...build()}. */
public class V1beta2DeviceClassSpecBuilder extends V1beta2DeviceClassSpecFluent<V1beta2DeviceClassSpecBuilder> {
  public V1beta2DeviceClassSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceClassSpecBuilder(V1beta2DeviceClassSpec instance) {
    super(instance);
  }

  public V1beta2DeviceClassSpec build() {
    return toModel();
  }
}
