package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VolumeNodeResources}: {@code new V1VolumeNodeResourcesBuilder().withX(...)...build()}. */
public class V1VolumeNodeResourcesBuilder extends V1VolumeNodeResourcesFluent<V1VolumeNodeResourcesBuilder> {
  public V1VolumeNodeResourcesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeNodeResourcesBuilder(V1VolumeNodeResources instance) {
    super(instance);
  }

  public V1VolumeNodeResources build() {
    return toModel();
  }
}
