package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1LocalVolumeSource}: {@code new V1LocalVolumeSourceBuilder().withX(...)...build()}. */
public class V1LocalVolumeSourceBuilder extends V1LocalVolumeSourceFluent<V1LocalVolumeSourceBuilder> {
  public V1LocalVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LocalVolumeSourceBuilder(V1LocalVolumeSource instance) {
    super(instance);
  }

  public V1LocalVolumeSource build() {
    return toModel();
  }
}
