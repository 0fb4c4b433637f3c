package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1BasicDevice}: {@code new V1beta1BasicDeviceBuilder().withX(...)...build()}. */
public class V1beta1BasicDeviceBuilder extends V1beta1BasicDeviceFluent<V1beta1BasicDeviceBuilder> {
  public V1beta1BasicDeviceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1BasicDeviceBuilder(V1beta1BasicDevice instance) {
    super(instance);
  }

  public V1beta1BasicDevice build() {
    return toModel();
  }
}
