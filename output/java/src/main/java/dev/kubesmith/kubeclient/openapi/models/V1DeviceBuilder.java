package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Device}: {@code new V1DeviceBuilder().withX(...)...build()}. */
public class V1DeviceBuilder extends V1DeviceFluent<V1DeviceBuilder> {
  public V1DeviceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceBuilder(V1Device instance) {
    super(instance);
  }

  public V1Device build() {
    return toModel();
  }
}
