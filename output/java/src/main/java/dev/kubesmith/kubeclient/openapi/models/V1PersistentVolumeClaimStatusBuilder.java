package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PersistentVolumeClaimStatus}: {@code new V1PersistentVolumeClaimStatusBuilder().withX(...)...build()}. */
public class V1PersistentVolumeClaimStatusBuilder extends V1PersistentVolumeClaimStatusFluent<V1PersistentVolumeClaimStatusBuilder> {
  public V1PersistentVolumeClaimStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PersistentVolumeClaimStatusBuilder(V1PersistentVolumeClaimStatus instance) {
    super(instance);
  }

  public V1PersistentVolumeClaimStatus build() {
    return toModel();
  }
}
