package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeAllocatableMapping}: {@code new V1NodeAllocatableMappingBuilder().withX(...)...build()}. */
public class V1NodeAllocatableMappingBuilder extends V1NodeAllocatableMappingFluent<V1NodeAllocatableMappingBuilder> {
  public V1NodeAllocatableMappingBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeAllocatableMappingBuilder(V1NodeAllocatableMapping instance) {
    super(instance);
  }

  public V1NodeAllocatableMapping build() {
    return toModel();
  }
}
