package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1NodeAllocatableResource}: {@code new V1beta1NodeAllocatableResourceBuilder().withX(...)...build()}. */
public class V1beta1NodeAllocatableResourceBuilder extends V1beta1NodeAllocatableResourceFluent<V1beta1NodeAllocatableResourceBuilder> {
  public V1beta1NodeAllocatableResourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1NodeAllocatableResourceBuilder(V1beta1NodeAllocatableResource instance) {
    super(instance);
  }

  public V1beta1NodeAllocatableResource build() {
    return toModel();
  }
}
