package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1EmptyDirVolumeSource}: {@code new V1EmptyDirVolumeSourceBuilder().withX(...)...build()}. */
public class V1EmptyDirVolumeSourceBuilder extends V1EmptyDirVolumeSourceFluent<V1EmptyDirVolumeSourceBuilder> {
  public V1EmptyDirVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1EmptyDirVolumeSourceBuilder(V1EmptyDirVolumeSource instance) {
    super(instance);
  }

  public V1EmptyDirVolumeSource build() {
    return toModel();
  }
}
