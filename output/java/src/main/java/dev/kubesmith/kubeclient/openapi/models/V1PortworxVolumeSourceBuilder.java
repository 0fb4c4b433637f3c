package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PortworxVolumeSource}: {@code new V1PortworxVolumeSourceBuilder().withX(...)...build()}. */
public class V1PortworxVolumeSourceBuilder extends V1PortworxVolumeSourceFluent<V1PortworxVolumeSourceBuilder> {
  public V1PortworxVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PortworxVolumeSourceBuilder(V1PortworxVolumeSource instance) {
    super(instance);
  }

  public V1PortworxVolumeSource build() {
    return toModel();
  }
}
