package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeAllocatableMappedResources}: {@code new V1NodeAllocatableMappedResourcesBuilder().withX(...)...build()}. */
public class V1NodeAllocatableMappedResourcesBuilder extends V1NodeAllocatableMappedResourcesFluent<V1NodeAllocatableMappedResourcesBuilder> {
  public V1NodeAllocatableMappedResourcesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeAllocatableMappedResourcesBuilder(V1NodeAllocatableMappedResources instance) {
    super(instance);
  }

  public V1NodeAllocatableMappedResources build() {
    return toModel();
  }
}
