package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2AllocationResult}: {@code new V1beta2AllocationResultBuilder().withX(...)...build()}. */
public class V1beta2AllocationResultBuilder extends V1beta2AllocationResultFluent<V1beta2AllocationResultBuilder> {
  public V1beta2AllocationResultBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2AllocationResultBuilder(V1beta2AllocationResult instance) {
    super(instance);
  }

  public V1beta2AllocationResult build() {
    return toModel();
  }
}
