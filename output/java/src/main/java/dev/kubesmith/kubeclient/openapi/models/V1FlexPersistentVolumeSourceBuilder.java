package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1FlexPersistentVolumeSource}: {@code new V1FlexPersistentVolumeSourceBuilder().withX(...)...build()}. */
public class V1FlexPersistentVolumeSourceBuilder extends V1FlexPersistentVolumeSourceFluent<V1FlexPersistentVolumeSourceBuilder> {
  public V1FlexPersistentVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1FlexPersistentVolumeSourceBuilder(V1FlexPersistentVolumeSource instance) {
    super(instance);
  }

  public V1FlexPersistentVolumeSource build() {
    return toModel();
  }
}
