package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VolumeError}: {@code new V1VolumeErrorBuilder().withX(...)...build()}. */
public class V1VolumeErrorBuilder extends V1VolumeErrorFluent<V1VolumeErrorBuilder> {
  public V1VolumeErrorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeErrorBuilder(V1VolumeError instance) {
    super(instance);
  }

  public V1VolumeError build() {
    return toModel();
  }
}
