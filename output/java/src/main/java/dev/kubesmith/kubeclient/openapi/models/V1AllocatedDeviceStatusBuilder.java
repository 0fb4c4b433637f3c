package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1AllocatedDeviceStatus}: {@code new V1AllocatedDeviceStatusBuilder().withX(...)...build()}. */
public class V1AllocatedDeviceStatusBuilder extends V1AllocatedDeviceStatusFluent<V1AllocatedDeviceStatusBuilder> {
  public V1AllocatedDeviceStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1AllocatedDeviceStatusBuilder(V1AllocatedDeviceStatus instance) {
    super(instance);
  }

  public V1AllocatedDeviceStatus build() {
    return toModel();
  }
}
