package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceRequestAllocationResult}: {@code new V1beta1DeviceRequestAllocationResultBuilder().withX(...)...build()}. */
public class V1beta1DeviceRequestAllocationResultBuilder extends V1beta1DeviceRequestAllocationResultFluent<V1beta1DeviceRequestAllocationResultBuilder> {
  public V1beta1DeviceRequestAllocationResultBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceRequestAllocationResultBuilder(V1beta1DeviceRequestAllocationResult instance) {
    super(instance);
  }

  public V1beta1DeviceRequestAllocationResult build() {
    return toModel();
  }
}
