package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VolumeProjection}: {@code new V1VolumeProjectionBuilder().withX(...)...build()}. */
public class V1VolumeProjectionBuilder extends V1VolumeProjectionFluent<V1VolumeProjectionBuilder> {
  public V1VolumeProjectionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeProjectionBuilder(V1VolumeProjection instance) {
    super(instance);
  }

  public V1VolumeProjection build() {
    return toModel();
  }
}
