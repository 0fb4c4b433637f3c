package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceAllocationResult}: {@code new V1beta2DeviceAllocationResultBuilder().withX(...)...build()}. */
public class V1beta2DeviceAllocationResultBuilder extends V1beta2DeviceAllocationResultFluent<V1beta2DeviceAllocationResultBuilder> {
  public V1beta2DeviceAllocationResultBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceAllocationResultBuilder(V1beta2DeviceAllocationResult instance) {
    super(instance);
  }

  public V1beta2DeviceAllocationResult build() {
    return toModel();
  }
}
