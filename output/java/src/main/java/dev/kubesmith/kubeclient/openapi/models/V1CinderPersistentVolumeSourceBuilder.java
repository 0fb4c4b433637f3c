package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CinderPersistentVolumeSource}: {@code new V1CinderPersistentVolumeSourceBuilder().withX(...)...build()}. */
public class V1CinderPersistentVolumeSourceBuilder extends V1CinderPersistentVolumeSourceFluent<V1CinderPersistentVolumeSourceBuilder> {
  public V1CinderPersistentVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CinderPersistentVolumeSourceBuilder(V1CinderPersistentVolumeSource instance) {
    super(instance);
  }

  public V1CinderPersistentVolumeSource build() {
    return toModel();
  }
}
