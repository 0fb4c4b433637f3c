package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PersistentVolumeClaimSpec}: {@code new V1PersistentVolumeClaimSpecBuilder().withX(...)...build()}. */
public class V1PersistentVolumeClaimSpecBuilder extends V1PersistentVolumeClaimSpecFluent<V1PersistentVolumeClaimSpecBuilder> {
  public V1PersistentVolumeClaimSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PersistentVolumeClaimSpecBuilder(V1PersistentVolumeClaimSpec instance) {
    super(instance);
  }

  public V1PersistentVolumeClaimSpec build() {
    return toModel();
  }
}
