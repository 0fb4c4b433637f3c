package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1GlusterfsPersistentVolumeSource}: {@code new V1GlusterfsPersistentVolumeSourceBuilder().withX(...)...build()}. */
public class V1GlusterfsPersistentVolumeSourceBuilder extends V1GlusterfsPersistentVolumeSourceFluent<V1GlusterfsPersistentVolumeSourceBuilder> {
  public V1GlusterfsPersistentVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1GlusterfsPersistentVolumeSourceBuilder(V1GlusterfsPersistentVolumeSource instance) {
    super(instance);
  }

  public V1GlusterfsPersistentVolumeSource build() {
    return toModel();
  }
}
