package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2NodeAllocatableResource}: {@code new V1beta2NodeAllocatableResourceBuilder().withX(...)...build()}. */
public class V1beta2NodeAllocatableResourceBuilder extends V1beta2NodeAllocatableResourceFluent<V1beta2NodeAllocatableResourceBuilder> {
  public V1beta2NodeAllocatableResourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2NodeAllocatableResourceBuilder(V1beta2NodeAllocatableResource instance) {
    super(instance);
  }

  public V1beta2NodeAllocatableResource build() {
    return toModel();
  }
}
