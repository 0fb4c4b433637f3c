package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VolumeMount}: {@code new V1VolumeMountBuilder().withX(...)...build()}. */
public class V1VolumeMountBuilder extends V1VolumeMountFluent<V1VolumeMountBuilder> {
  public V1VolumeMountBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeMountBuilder(V1VolumeMount instance) {
    super(instance);
  }

  public V1VolumeMount build() {
    return toModel();
  }
}
