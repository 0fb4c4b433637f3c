package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1GitRepoVolumeSource}: {@code new V1GitRepoVolumeSourceBuilder().withX(...)...build()}. */
public class V1GitRepoVolumeSourceBuilder extends V1GitRepoVolumeSourceFluent<V1GitRepoVolumeSourceBuilder> {
  public V1GitRepoVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1GitRepoVolumeSourceBuilder(V1GitRepoVolumeSource instance) {
    super(instance);
  }

  public V1GitRepoVolumeSource build() {
    return toModel();
  }
}
