package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VolumeStatus}: {@code new V1VolumeStatusBuilder().withX(...)...build()}. */
public class V1VolumeStatusBuilder extends V1VolumeStatusFluent<V1VolumeStatusBuilder> {
  public V1VolumeStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeStatusBuilder(V1VolumeStatus instance) {
    super(instance);
  }

  public V1VolumeStatus build() {
    return toModel();
  }
}
