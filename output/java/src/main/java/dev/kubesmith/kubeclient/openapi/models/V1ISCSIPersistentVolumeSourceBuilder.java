package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ISCSIPersistentVolumeSource}: {@code new V1ISCSIPersistentVolumeSourceBuilder().withX(...)...build()}. */
public class V1ISCSIPersistentVolumeSourceBuilder extends V1ISCSIPersistentVolumeSourceFluent<V1ISCSIPersistentVolumeSourceBuilder> {
  public V1ISCSIPersistentVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ISCSIPersistentVolumeSourceBuilder(V1ISCSIPersistentVolumeSource instance) {
    super(instance);
  }

  public V1ISCSIPersistentVolumeSource build() {
    return toModel();
  }
}
