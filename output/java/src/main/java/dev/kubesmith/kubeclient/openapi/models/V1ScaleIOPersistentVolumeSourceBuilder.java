package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ScaleIOPersistentVolumeSource}: {@code new V1ScaleIOPersistentVolumeSourceBuilder().withX(...)...build()}. */
public class V1ScaleIOPersistentVolumeSourceBuilder extends V1ScaleIOPersistentVolumeSourceFluent<V1ScaleIOPersistentVolumeSourceBuilder> {
  public V1ScaleIOPersistentVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ScaleIOPersistentVolumeSourceBuilder(V1ScaleIOPersistentVolumeSource instance) {
    super(instance);
  }

  public V1ScaleIOPersistentVolumeSource build() {
    return toModel();
  }
}
