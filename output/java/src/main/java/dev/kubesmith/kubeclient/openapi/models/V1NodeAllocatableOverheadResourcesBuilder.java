package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeAllocatableOverheadResources}: {@code new V1NodeAllocatableOverheadResourcesBuilder().withX(...)...build()}. */
public class V1NodeAllocatableOverheadResourcesBuilder extends V1NodeAllocatableOverheadResourcesFluent<V1NodeAllocatableOverheadResourcesBuilder> {
  public V1NodeAllocatableOverheadResourcesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeAllocatableOverheadResourcesBuilder(V1NodeAllocatableOverheadResources instance) {
    super(instance);
  }

  public V1NodeAllocatableOverheadResources build() {
    return toModel();
  }
}
