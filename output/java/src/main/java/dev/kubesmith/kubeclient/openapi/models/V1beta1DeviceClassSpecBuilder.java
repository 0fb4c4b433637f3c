package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceClassSpec}: {@code new V1beta1DeviceClassSpecBuilder().withX(...)...build()}. */
public class V1beta1DeviceClassSpecBuilder extends V1beta1DeviceClassSpecFluent<V1beta1DeviceClassSpecBuilder> {
  public V1beta1DeviceClassSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceClassSpecBuilder(V1beta1DeviceClassSpec instance) {
    super(instance);
  }

  public V1beta1DeviceClassSpec build() {
    return toModel();
  }
}
