package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ImageVolumeStatus}: {@code new V1ImageVolumeStatusBuilder().withX(...)...build()}. */
public class V1ImageVolumeStatusBuilder extends V1ImageVolumeStatusFluent<V1ImageVolumeStatusBuilder> {
  public V1ImageVolumeStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ImageVolumeStatusBuilder(V1ImageVolumeStatus instance) {
    super(instance);
  }

  public V1ImageVolumeStatus build() {
    return toModel();
  }
}
