package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ISCSIVolumeSource}: {@code new V1ISCSIVolumeSourceBuilder().withX(...)...build()}. */
public class V1ISCSIVolumeSourceBuilder extends V1ISCSIVolumeSourceFluent<V1ISCSIVolumeSourceBuilder> {
  public V1ISCSIVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ISCSIVolumeSourceBuilder(V1ISCSIVolumeSource instance) {
    super(instance);
  }

  public V1ISCSIVolumeSource build() {
    return toModel();
  }
}
