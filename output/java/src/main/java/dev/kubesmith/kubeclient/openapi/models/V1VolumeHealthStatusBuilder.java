package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VolumeHealthStatus}: {@code new V1VolumeHealthStatusBuilder().withX(...)...build()}. */
public class V1VolumeHealthStatusBuilder extends V1VolumeHealthStatusFluent<V1VolumeHealthStatusBuilder> {
  public V1VolumeHealthStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeHealthStatusBuilder(V1VolumeHealthStatus instance) {
    super(instance);
  }

  public V1VolumeHealthStatus build() {
    return toModel();
  }
}
