package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CephFSPersistentVolumeSource}: {@code new V1CephFSPersistentVolumeSourceBuilder().withX(...)...build()}. */
public class V1CephFSPersistentVolumeSourceBuilder extends V1CephFSPersistentVolumeSourceFluent<V1CephFSPersistentVolumeSourceBuilder> {
  public V1CephFSPersistentVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CephFSPersistentVolumeSourceBuilder(V1CephFSPersistentVolumeSource instance) {
    super(instance);
  }

  public V1CephFSPersistentVolumeSource build() {
    return toModel();
  }
}
