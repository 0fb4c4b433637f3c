package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PersistentVolumeList}: {@code new V1PersistentVolumeListBuilder().withX(...)...build()}. */
public class V1PersistentVolumeListBuilder extends V1PersistentVolumeListFluent<V1PersistentVolumeListBuilder> {
  public V1PersistentVolumeListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PersistentVolumeListBuilder(V1PersistentVolumeList instance) {
    super(instance);
  }

  public V1PersistentVolumeList build() {
    return toModel();
  }
}
