package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceClass}: {@code new V1beta1DeviceClassBuilder().withX(...)...build()}. */
public class V1beta1DeviceClassBuilder extends V1beta1DeviceClassFluent<V1beta1DeviceClassBuilder> {
  public V1beta1DeviceClassBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceClassBuilder(V1beta1DeviceClass instance) {
    super(instance);
  }

  public V1beta1DeviceClass build() {
    return toModel();
  }
}
