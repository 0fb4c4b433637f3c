package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Volume}: {@code new V1VolumeBuilder().withX(...)...build()}. */
public class V1VolumeBuilder extends V1VolumeFluent<V1VolumeBuilder> {
  public V1VolumeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeBuilder(V1Volume instance) {
    super(instance);
  }

  public V1Volume build() {
    return toModel();
  }
}
