package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceRequestAllocationResult}: {@code new V1DeviceRequestAllocationResultBuilder().withX(...)...build()}. */
public class V1DeviceRequestAllocationResultBuilder extends V1DeviceRequestAllocationResultFluent<V1DeviceRequestAllocationResultBuilder> {
  public V1DeviceRequestAllocationResultBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceRequestAllocationResultBuilder(V1DeviceRequestAllocationResult instance) {
    super(instance);
  }

  public V1DeviceRequestAllocationResult build() {
    return toModel();
  }
}
