package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ConfigMapVolumeSource}: {@code new V1ConfigMapVolumeSourceBuilder().withX(...)...build()}. */
public class V1ConfigMapVolumeSourceBuilder extends V1ConfigMapVolumeSourceFluent<V1ConfigMapVolumeSourceBuilder> {
  public V1ConfigMapVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ConfigMapVolumeSourceBuilder(V1ConfigMapVolumeSource instance) {
    super(instance);
  }

  public V1ConfigMapVolumeSource build() {
    return toModel();
  }
}
