package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1GCEPersistentDiskVolumeSource}: {@code new V1GCEPersistentDiskVolumeSourceBuilder().withX(...)...build()}. */
public class V1GCEPersistentDiskVolumeSourceBuilder extends V1GCEPersistentDiskVolumeSourceFluent<V1GCEPersistentDiskVolumeSourceBuilder> {
  public V1GCEPersistentDiskVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1GCEPersistentDiskVolumeSourceBuilder(V1GCEPersistentDiskVolumeSource instance) {
    super(instance);
  }

  public V1GCEPersistentDiskVolumeSource build() {
    return toModel();
  }
}
