package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceClass}: {@code new V1beta2DeviceClassBuilder().withX(...)...build()}. */
public class V1beta2DeviceClassBuilder extends V1beta2DeviceClassFluent<V1beta2DeviceClassBuilder> {
  public V1beta2DeviceClassBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceClassBuilder(V1beta2DeviceClass instance) {
    super(instance);
  }

  public V1beta2DeviceClass build() {
    return toModel();
  }
}
