package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PersistentVolumeClaimList}: {@code new V1PersistentVolumeClaimListBuilder().withX(...)...build()}. */
public class V1PersistentVolumeClaimListBuilder extends V1PersistentVolumeClaimListFluent<V1PersistentVolumeClaimListBuilder> {
  public V1PersistentVolumeClaimListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PersistentVolumeClaimListBuilder(V1PersistentVolumeClaimList instance) {
    super(instance);
  }

  public V1PersistentVolumeClaimList build() {
    return toModel();
  }
}
