package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PersistentVolumeStatus}: {@code new V1PersistentVolumeStatusBuilder().withX(...)...build()}. */
public class V1PersistentVolumeStatusBuilder extends V1PersistentVolumeStatusFluent<V1PersistentVolumeStatusBuilder> {
  public V1PersistentVolumeStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PersistentVolumeStatusBuilder(V1PersistentVolumeStatus instance) {
    super(instance);
  }

  public V1PersistentVolumeStatus build() {
    return toModel();
  }
}
