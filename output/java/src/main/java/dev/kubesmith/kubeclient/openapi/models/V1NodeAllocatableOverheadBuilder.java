package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeAllocatableOverhead}: {@code new V1NodeAllocatableOverheadBuilder().withX(...)...build()}. */
public class V1NodeAllocatableOverheadBuilder extends V1NodeAllocatableOverheadFluent<V1NodeAllocatableOverheadBuilder> {
  public V1NodeAllocatableOverheadBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeAllocatableOverheadBuilder(V1NodeAllocatableOverhead instance) {
    super(instance);
  }

  public V1NodeAllocatableOverhead build() {
    return toModel();
  }
}
