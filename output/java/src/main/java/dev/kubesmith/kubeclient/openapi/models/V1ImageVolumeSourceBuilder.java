package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ImageVolumeSource}: {@code new V1ImageVolumeSourceBuilder().withX(...)...build()}. */
public class V1ImageVolumeSourceBuilder extends V1ImageVolumeSourceFluent<V1ImageVolumeSourceBuilder> {
  public V1ImageVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ImageVolumeSourceBuilder(V1ImageVolumeSource instance) {
    super(instance);
  }

  public V1ImageVolumeSource build() {
    return toModel();
  }
}
