package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PersistentVolume}: {@code new V1PersistentVolumeBuilder().withX(...)...build()}. */
public class V1PersistentVolumeBuilder extends V1PersistentVolumeFluent<V1PersistentVolumeBuilder> {
  public V1PersistentVolumeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PersistentVolumeBuilder(V1PersistentVolume instance) {
    super(instance);
  }

  public V1PersistentVolume build() {
    return toModel();
  }
}
