package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StorageOSPersistentVolumeSource}: {@code new V1StorageOSPersistentVolumeSourceBuilder().withX(...)...build()}. */
public class V1StorageOSPersistentVolumeSourceBuilder extends V1StorageOSPersistentVolumeSourceFluent<V1StorageOSPersistentVolumeSourceBuilder> {
  public V1StorageOSPersistentVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StorageOSPersistentVolumeSourceBuilder(V1StorageOSPersistentVolumeSource instance) {
    super(instance);
  }

  public V1StorageOSPersistentVolumeSource build() {
    return toModel();
  }
}
