package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PersistentVolumeClaim}: {@code new V1PersistentVolumeClaimBuilder().withX(...)...build()}. */
public class V1PersistentVolumeClaimBuilder extends V1PersistentVolumeClaimFluent<V1PersistentVolumeClaimBuilder> {
  public V1PersistentVolumeClaimBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PersistentVolumeClaimBuilder(V1PersistentVolumeClaim instance) {
    super(instance);
  }

  public V1PersistentVolumeClaim build() {
    return toModel();
  }
}
