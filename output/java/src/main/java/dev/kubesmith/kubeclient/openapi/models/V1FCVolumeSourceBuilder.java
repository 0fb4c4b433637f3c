package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1FCVolumeSource}: {@code new V1FCVolumeSourceBuilder().withX(...)...build()}. */
public class V1FCVolumeSourceBuilder extends V1FCVolumeSourceFluent<V1FCVolumeSourceBuilder> {
  public V1FCVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1FCVolumeSourceBuilder(V1FCVolumeSource instance) {
    super(instance);
  }

  public V1FCVolumeSource build() {
    return toModel();
  }
}
