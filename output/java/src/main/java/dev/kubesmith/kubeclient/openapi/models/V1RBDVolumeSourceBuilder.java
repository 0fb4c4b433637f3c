package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1RBDVolumeSource}: {@code new V1RBDVolumeSourceBuilder().withX(...)...build()}. */
public class V1RBDVolumeSourceBuilder extends V1RBDVolumeSourceFluent<V1RBDVolumeSourceBuilder> {
  public V1RBDVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1RBDVolumeSourceBuilder(V1RBDVolumeSource instance) {
    super(instance);
  }

  public V1RBDVolumeSource build() {
    return toModel();
  }
}
