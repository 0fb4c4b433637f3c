package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceAllocationResult}: {@code new V1DeviceAllocationResultBuilder().withX(...)...build()}. */
public class V1DeviceAllocationResultBuilder extends V1DeviceAllocationResultFluent<V1DeviceAllocationResultBuilder> {
  public V1DeviceAllocationResultBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceAllocationResultBuilder(V1DeviceAllocationResult instance) {
    super(instance);
  }

  public V1DeviceAllocationResult build() {
    return toModel();
  }
}
