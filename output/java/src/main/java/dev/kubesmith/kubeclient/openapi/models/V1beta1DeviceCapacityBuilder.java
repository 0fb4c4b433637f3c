package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceCapacity}: {@code new V1beta1DeviceCapacityBuilder().withX(...)...build()}. */
public class V1beta1DeviceCapacityBuilder extends V1beta1DeviceCapacityFluent<V1beta1DeviceCapacityBuilder> {
  public V1beta1DeviceCapacityBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceCapacityBuilder(V1beta1DeviceCapacity instance) {
    super(instance);
  }

  public V1beta1DeviceCapacity build() {
    return toModel();
  }
}
