package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1AllocationResult}: {@code new V1AllocationResultBuilder().withX(...)...build()}. */
public class V1AllocationResultBuilder extends V1AllocationResultFluent<V1AllocationResultBuilder> {
  public V1AllocationResultBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1AllocationResultBuilder(V1AllocationResult instance) {
    super(instance);
  }

  public V1AllocationResult build() {
    return toModel();
  }
}
