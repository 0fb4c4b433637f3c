package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CephFSVolumeSource}: {@code new V1CephFSVolumeSourceBuilder().withX(...)...build()}. */
public class V1CephFSVolumeSourceBuilder extends V1CephFSVolumeSourceFluent<V1CephFSVolumeSourceBuilder> {
  public V1CephFSVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CephFSVolumeSourceBuilder(V1CephFSVolumeSource instance) {
    super(instance);
  }

  public V1CephFSVolumeSource build() {
    return toModel();
  }
}
