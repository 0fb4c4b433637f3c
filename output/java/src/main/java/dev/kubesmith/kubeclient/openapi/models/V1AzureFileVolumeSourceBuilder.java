package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1AzureFileVolumeSource}: {@code new V1AzureFileVolumeSourceBuilder().withX(...)...build()}. */
public class V1AzureFileVolumeSourceBuilder extends V1AzureFileVolumeSourceFluent<V1AzureFileVolumeSourceBuilder> {
  public V1AzureFileVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1AzureFileVolumeSourceBuilder(V1AzureFileVolumeSource instance) {
    super(instance);
  }

  public V1AzureFileVolumeSource build() {
    return toModel();
  }
}
