package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1QuobyteVolumeSource}: {@code new V1QuobyteVolumeSourceBuilder().withX(...)...build()}. */
public class V1QuobyteVolumeSourceBuilder extends V1QuobyteVolumeSourceFluent<V1QuobyteVolumeSourceBuilder> {
  public V1QuobyteVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1QuobyteVolumeSourceBuilder(V1QuobyteVolumeSource instance) {
    super(instance);
  }

  public V1QuobyteVolumeSource build() {
    return toModel();
  }
}
