package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1NodeAllocatableOverhead}: {@code new V1beta1NodeAllocatableOverheadBuilder().withX(...)...build()}. */
public class V1beta1NodeAllocatableOverheadBuilder extends V1beta1NodeAllocatableOverheadFluent<V1beta1NodeAllocatableOverheadBuilder> {
  public V1beta1NodeAllocatableOverheadBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1NodeAllocatableOverheadBuilder(V1beta1NodeAllocatableOverhead instance) {
    super(instance);
  }

  public V1beta1NodeAllocatableOverhead build() {
    return toModel();
  }
}
