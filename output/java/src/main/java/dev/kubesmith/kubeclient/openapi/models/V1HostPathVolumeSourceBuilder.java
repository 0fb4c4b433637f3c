package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1HostPathVolumeSource}: {@code new V1HostPathVolumeSourceBuilder().withX(...)...build()}. */
public class V1HostPathVolumeSourceBuilder extends V1HostPathVolumeSourceFluent<V1HostPathVolumeSourceBuilder> {
  public V1HostPathVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1HostPathVolumeSourceBuilder(V1HostPathVolumeSource instance) {
    super(instance);
  }

  public V1HostPathVolumeSource build() {
    return toModel();
  }
}
