package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CSIPersistentVolumeSource}: {@code new V1CSIPersistentVolumeSourceBuilder().withX(...)...build()}. */
public class V1CSIPersistentVolumeSourceBuilder extends V1CSIPersistentVolumeSourceFluent<V1CSIPersistentVolumeSourceBuilder> {
  public V1CSIPersistentVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CSIPersistentVolumeSourceBuilder(V1CSIPersistentVolumeSource instance) {
    super(instance);
  }

  public V1CSIPersistentVolumeSource build() {
    return toModel();
  }
}
