package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1AzureFilePersistentVolumeSource}: {@code new V1AzureFilePersistentVolumeSourceBuilder().withX(...)...build()}. */
public class V1AzureFilePersistentVolumeSourceBuilder extends V1AzureFilePersistentVolumeSourceFluent<V1AzureFilePersistentVolumeSourceBuilder> {
  public V1AzureFilePersistentVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1AzureFilePersistentVolumeSourceBuilder(V1AzureFilePersistentVolumeSource instance) {
    super(instance);
  }

  public V1AzureFilePersistentVolumeSource build() {
    return toModel();
  }
}
