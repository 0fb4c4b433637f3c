package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CSIVolumeSource}: {@code new V1CSIVolumeSourceBuilder().withX(...)...build()}. */
public class V1CSIVolumeSourceBuilder extends V1CSIVolumeSourceFluent<V1CSIVolumeSourceBuilder> {
  public V1CSIVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CSIVolumeSourceBuilder(V1CSIVolumeSource instance) {
    super(instance);
  }

  public V1CSIVolumeSource build() {
    return toModel();
  }
}
