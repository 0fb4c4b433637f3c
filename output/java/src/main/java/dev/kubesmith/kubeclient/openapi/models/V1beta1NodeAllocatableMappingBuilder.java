package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1NodeAllocatableMapping}: {@code new V1beta1NodeAllocatableMappingBuilder().withX(...)...build()}. */
public class V1beta1NodeAllocatableMappingBuilder extends V1beta1NodeAllocatableMappingFluent<V1beta1NodeAllocatableMappingBuilder> {
  public V1beta1NodeAllocatableMappingBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1NodeAllocatableMappingBuilder(V1beta1NodeAllocatableMapping instance) {
    super(instance);
  }

  public V1beta1NodeAllocatableMapping build() {
    return toModel();
  }
}
