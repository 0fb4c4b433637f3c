package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StorageOSVolumeSource}: {@code new V1StorageOSVolumeSourceBuilder().withX(...)...build()}. */
public class V1StorageOSVolumeSourceBuilder extends V1StorageOSVolumeSourceFluent<V1StorageOSVolumeSourceBuilder> {
  public V1StorageOSVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StorageOSVolumeSourceBuilder(V1StorageOSVolumeSource instance) {
    super(instance);
  }

  public V1StorageOSVolumeSource build() {
    return toModel();
  }
}
