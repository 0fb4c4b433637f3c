package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1AttachedVolume}: {@code new V1AttachedVolumeBuilder().withX(...)...build()}. */
public class V1AttachedVolumeBuilder extends V1AttachedVolumeFluent<V1AttachedVolumeBuilder> {
  public V1AttachedVolumeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1AttachedVolumeBuilder(V1AttachedVolume instance) {
    super(instance);
  }

  public V1AttachedVolume build() {
    return toModel();
  }
}
