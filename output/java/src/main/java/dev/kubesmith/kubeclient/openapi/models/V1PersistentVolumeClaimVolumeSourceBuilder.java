package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PersistentVolumeClaimVolumeSource}: {@code new V1PersistentVolumeClaimVolumeSourceBuilder().withX(...)...build()}. */
public class V1PersistentVolumeClaimVolumeSourceBuilder extends V1PersistentVolumeClaimVolumeSourceFluent<V1PersistentVolumeClaimVolumeSourceBuilder> {
  public V1PersistentVolumeClaimVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PersistentVolumeClaimVolumeSourceBuilder(V1PersistentVolumeClaimVolumeSource instance) {
    super(instance);
  }

  public V1PersistentVolumeClaimVolumeSource build() {
    return toModel();
  }
}
