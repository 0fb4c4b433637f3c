package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceCapacity}: {@code new V1DeviceCapacityBuilder().withX(...)...build()}. */
public class V1DeviceCapacityBuilder extends V1DeviceCapacityFluent<V1DeviceCapacityBuilder> {
  public V1DeviceCapacityBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceCapacityBuilder(V1DeviceCapacity instance) {
    super(instance);
  }

  public V1DeviceCapacity build() {
    return toModel();
  }
}
