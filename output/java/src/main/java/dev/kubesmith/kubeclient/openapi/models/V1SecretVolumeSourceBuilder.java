package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SecretVolumeSource}: {@code new V1SecretVolumeSourceBuilder().withX(...)...build()}. */
public class V1SecretVolumeSourceBuilder extends V1SecretVolumeSourceFluent<V1SecretVolumeSourceBuilder> {
  public V1SecretVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SecretVolumeSourceBuilder(V1SecretVolumeSource instance) {
    super(instance);
  }

  public V1SecretVolumeSource build() {
    return toModel();
  }
}
