package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ScaleIOVolumeSource}: {@code new V1ScaleIOVolumeSourceBuilder().withX(...)...build()}. */
public class V1ScaleIOVolumeSourceBuilder extends V1ScaleIOVolumeSourceFluent<V1ScaleIOVolumeSourceBuilder> {
  public V1ScaleIOVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ScaleIOVolumeSourceBuilder(V1ScaleIOVolumeSource instance) {
    super(instance);
  }

  public V1ScaleIOVolumeSource build() {
    return toModel();
  }
}
