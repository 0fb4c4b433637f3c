package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceRequestAllocationResult}: {@code new V1beta2DeviceRequestAllocationResultBuilder().withX(...)...build()}. */
public class V1beta2DeviceRequestAllocationResultBuilder extends V1beta2DeviceRequestAllocationResultFluent<V1beta2DeviceRequestAllocationResultBuilder> {
  public V1beta2DeviceRequestAllocationResultBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceRequestAllocationResultBuilder(V1beta2DeviceRequestAllocationResult instance) {
    super(instance);
  }

  public V1beta2DeviceRequestAllocationResult build() {
    return toModel();
  }
}
