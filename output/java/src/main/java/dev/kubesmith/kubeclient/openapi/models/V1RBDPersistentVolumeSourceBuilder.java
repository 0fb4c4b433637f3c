package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1RBDPersistentVolumeSource}: {@code new V1RBDPersistentVolumeSourceBuilder().withX(...)...build()}. */
public class V1RBDPersistentVolumeSourceBuilder extends V1RBDPersistentVolumeSourceFluent<V1RBDPersistentVolumeSourceBuilder> {
  public V1RBDPersistentVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1RBDPersistentVolumeSourceBuilder(V1RBDPersistentVolumeSource instance) {
    super(instance);
  }

  public V1RBDPersistentVolumeSource build() {
    return toModel();
  }
}
