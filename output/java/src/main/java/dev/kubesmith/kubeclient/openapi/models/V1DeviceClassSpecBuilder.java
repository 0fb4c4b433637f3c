package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceClassSpec}: {@code new V1DeviceClassSpecBuilder().withX(...)...build()}. */
public class V1DeviceClassSpecBuilder extends V1DeviceClassSpecFluent<V1DeviceClassSpecBuilder> {
  public V1DeviceClassSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceClassSpecBuilder(V1DeviceClassSpec instance) {
    super(instance);
  }

  public V1DeviceClassSpec build() {
    return toModel();
  }
}
