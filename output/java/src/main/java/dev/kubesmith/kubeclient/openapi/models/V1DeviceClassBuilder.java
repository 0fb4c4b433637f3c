package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceClass}: {@code new V1DeviceClassBuilder().withX(...)...build()}. */
public class V1DeviceClassBuilder extends V1DeviceClassFluent<V1DeviceClassBuilder> {
  public V1DeviceClassBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceClassBuilder(V1DeviceClass instance) {
    super(instance);
  }

  public V1DeviceClass build() {
    return toModel();
  }
}
