package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeAllocatableResource}: {@code new V1NodeAllocatableResourceBuilder().withX(...)...build()}. */
public class V1NodeAllocatableResourceBuilder extends V1NodeAllocatableResourceFluent<V1NodeAllocatableResourceBuilder> {
  public V1NodeAllocatableResourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeAllocatableResourceBuilder(V1NodeAllocatableResource instance) {
    super(instance);
  }

  public V1NodeAllocatableResource build() {
    return toModel();
  }
}
