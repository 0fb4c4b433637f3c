package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CinderVolumeSource}: {@code new V1CinderVolumeSourceBuilder().withX(...)...build()}. */
public class V1CinderVolumeSourceBuilder extends V1CinderVolumeSourceFluent<V1CinderVolumeSourceBuilder> {
  public V1CinderVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CinderVolumeSourceBuilder(V1CinderVolumeSource instance) {
    super(instance);
  }

  public V1CinderVolumeSource build() {
    return toModel();
  }
}
