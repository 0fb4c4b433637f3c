package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DownwardAPIVolumeSource}: {@code new V1DownwardAPIVolumeSourceBuilder().withX(...)...build()}. */
public class V1DownwardAPIVolumeSourceBuilder extends V1DownwardAPIVolumeSourceFluent<V1DownwardAPIVolumeSourceBuilder> {
  public V1DownwardAPIVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DownwardAPIVolumeSourceBuilder(V1DownwardAPIVolumeSource instance) {
    super(instance);
  }

  public V1DownwardAPIVolumeSource build() {
    return toModel();
  }
}
