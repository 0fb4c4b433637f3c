package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1AllocatedDeviceStatus}: {@code new V1beta1AllocatedDeviceStatusBuilder().withX(...)...build()}. */
public class V1beta1AllocatedDeviceStatusBuilder extends V1beta1AllocatedDeviceStatusFluent<V1beta1AllocatedDeviceStatusBuilder> {
  public V1beta1AllocatedDeviceStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1AllocatedDeviceStatusBuilder(V1beta1AllocatedDeviceStatus instance) {
    super(instance);
  }

  public V1beta1AllocatedDeviceStatus build() {
    return toModel();
  }
}
