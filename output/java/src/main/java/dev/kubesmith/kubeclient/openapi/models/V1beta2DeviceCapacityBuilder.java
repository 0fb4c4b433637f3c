package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceCapacity}: {@code new V1beta2DeviceCapacityBuilder().withX(...)...build()}. */
public class V1beta2DeviceCapacityBuilder extends V1beta2DeviceCapacityFluent<V1beta2DeviceCapacityBuilder> {
  public V1beta2DeviceCapacityBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceCapacityBuilder(V1beta2DeviceCapacity instance) {
    super(instance);
  }

  public V1beta2DeviceCapacity build() {
    return toModel();
  }
}
