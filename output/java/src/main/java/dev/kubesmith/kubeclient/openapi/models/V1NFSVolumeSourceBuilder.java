package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NFSVolumeSource}: {@code new V1NFSVolumeSourceBuilder().withX(...)...build()}. */
public class V1NFSVolumeSourceBuilder extends V1NFSVolumeSourceFluent<V1NFSVolumeSourceBuilder> {
  public V1NFSVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NFSVolumeSourceBuilder(V1NFSVolumeSource instance) {
    super(instance);
  }

  public V1NFSVolumeSource build() {
    return toModel();
  }
}
