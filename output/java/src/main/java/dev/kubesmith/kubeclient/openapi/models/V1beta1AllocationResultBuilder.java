package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1AllocationResult}: {@code new V1beta1AllocationResultBuilder().withX(...)...build()}. */
public class V1beta1AllocationResultBuilder extends V1beta1AllocationResultFluent<V1beta1AllocationResultBuilder> {
  public V1beta1AllocationResultBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1AllocationResultBuilder(V1beta1AllocationResult instance) {
    super(instance);
  }

  public V1beta1AllocationResult build() {
    return toModel();
  }
}
