package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1Device}: {@code new V1beta1DeviceBuilder().withX(...)...build()}. */
public class V1beta1DeviceBuilder extends V1beta1DeviceFluent<V1beta1DeviceBuilder> {
  public V1beta1DeviceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceBuilder(V1beta1Device instance) {
    super(instance);
  }

  public V1beta1Device build() {
    return toModel();
  }
}
