package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceAllocationResult}: {@code new V1beta1DeviceAllocationResultBuilder().withX(...)...build()}. */
public class V1beta1DeviceAllocationResultBuilder extends V1beta1DeviceAllocationResultFluent<V1beta1DeviceAllocationResultBuilder> {
  public V1beta1DeviceAllocationResultBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceAllocationResultBuilder(V1beta1DeviceAllocationResult instance) {
    super(instance);
  }

  public V1beta1DeviceAllocationResult build() {
    return toModel();
  }
}
