package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1GlusterfsVolumeSource}: {@code new V1GlusterfsVolumeSourceBuilder().withX(...)...build()}. */
public class V1GlusterfsVolumeSourceBuilder extends V1GlusterfsVolumeSourceFluent<V1GlusterfsVolumeSourceBuilder> {
  public V1GlusterfsVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1GlusterfsVolumeSourceBuilder(V1GlusterfsVolumeSource instance) {
    super(instance);
  }

  public V1GlusterfsVolumeSource build() {
    return toModel();
  }
}
