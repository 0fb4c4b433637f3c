package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1AzureDiskVolumeSource}: {@code new V1AzureDiskVolumeSourceBuilder().withX(...)...build()}. */
public class V1AzureDiskVolumeSourceBuilder extends V1AzureDiskVolumeSourceFluent<V1AzureDiskVolumeSourceBuilder> {
  public V1AzureDiskVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1AzureDiskVolumeSourceBuilder(V1AzureDiskVolumeSource instance) {
    super(instance);
  }

  public V1AzureDiskVolumeSource build() {
    return toModel();
  }
}
