package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1EphemeralVolumeSource}: {@code new V1EphemeralVolumeSourceBuilder().withX(...)...build()}. */
public class V1EphemeralVolumeSourceBuilder extends V1EphemeralVolumeSourceFluent<V1EphemeralVolumeSourceBuilder> {
  public V1EphemeralVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1EphemeralVolumeSourceBuilder(V1EphemeralVolumeSource instance) {
    super(instance);
  }

  public V1EphemeralVolumeSource build() {
    return toModel();
  }
}
