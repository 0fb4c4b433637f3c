package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeAllocatableResourceClaimStatus}: {@code new V1NodeAllocatableResourceClaimStatusBuilder().withX(...)...build()}. */
public class V1NodeAllocatableResourceClaimStatusBuilder extends V1NodeAllocatableResourceClaimStatusFluent<V1NodeAllocatableResourceClaimStatusBuilder> {
  public V1NodeAllocatableResourceClaimStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeAllocatableResourceClaimStatusBuilder(V1NodeAllocatableResourceClaimStatus instance) {
    super(instance);
  }

  public V1NodeAllocatableResourceClaimStatus build() {
    return toModel();
  }
}
