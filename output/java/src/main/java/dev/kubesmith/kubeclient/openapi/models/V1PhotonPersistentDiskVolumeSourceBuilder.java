package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PhotonPersistentDiskVolumeSource}: {@code new V1PhotonPersistentDiskVolumeSourceBuilder().withX(...)...build()}. */
public class V1PhotonPersistentDiskVolumeSourceBuilder extends V1PhotonPersistentDiskVolumeSourceFluent<V1PhotonPersistentDiskVolumeSourceBuilder> {
  public V1PhotonPersistentDiskVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PhotonPersistentDiskVolumeSourceBuilder(V1PhotonPersistentDiskVolumeSource instance) {
    super(instance);
  }

  public V1PhotonPersistentDiskVolumeSource build() {
    return toModel();
  }
}
