package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VolumeDevice}: {@code new V1VolumeDeviceBuilder().withX(...)...build()}. */
public class V1VolumeDeviceBuilder extends V1VolumeDeviceFluent<V1VolumeDeviceBuilder> {
  public V1VolumeDeviceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeDeviceBuilder(V1VolumeDevice instance) {
    super(instance);
  }

  public V1VolumeDevice build() {
    return toModel();
  }
}
