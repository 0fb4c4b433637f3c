package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2NodeAllocatableMapping}: {@code new V1beta2NodeAllocatableMappingBuilder().withX(...)...build()}. */
public class V1beta2NodeAllocatableMappingBuilder extends V1beta2NodeAllocatableMappingFluent<V1beta2NodeAllocatableMappingBuilder> {
  public V1beta2NodeAllocatableMappingBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2NodeAllocatableMappingBuilder(V1beta2NodeAllocatableMapping instance) {
    super(instance);
  }

  public V1beta2NodeAllocatableMapping build() {
    return toModel();
  }
}
