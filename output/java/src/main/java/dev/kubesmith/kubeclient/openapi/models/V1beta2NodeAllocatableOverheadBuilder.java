package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2NodeAllocatableOverhead}: {@code new V1beta2NodeAllocatableOverheadBuilder().withX(...)...build()}. */
public class V1beta2NodeAllocatableOverheadBuilder extends V1beta2NodeAllocatableOverheadFluent<V1beta2NodeAllocatableOverheadBuilder> {
  public V1beta2NodeAllocatableOverheadBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2NodeAllocatableOverheadBuilder(V1beta2NodeAllocatableOverhead instance) {
    super(instance);
  }

  public V1beta2NodeAllocatableOverhead build() {
    return toModel();
  }
}
