package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2AllocatedDeviceStatus}: {@code new V1beta2AllocatedDeviceStatusBuilder().withX(...)...build()}. */
public class V1beta2AllocatedDeviceStatusBuilder extends V1beta2AllocatedDeviceStatusFluent<V1beta2AllocatedDeviceStatusBuilder> {
  public V1beta2AllocatedDeviceStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2AllocatedDeviceStatusBuilder(V1beta2AllocatedDeviceStatus instance) {
    super(instance);
  }

  public V1beta2AllocatedDeviceStatus build() {
    return toModel();
  }
}
