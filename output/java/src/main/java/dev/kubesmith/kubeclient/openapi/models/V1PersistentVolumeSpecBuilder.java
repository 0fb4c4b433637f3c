package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PersistentVolumeSpec}: {@code new V1PersistentVolumeSpecBuilder().withX(...)...build()}. */
public class V1PersistentVolumeSpecBuilder extends V1PersistentVolumeSpecFluent<V1PersistentVolumeSpecBuilder> {
  public V1PersistentVolumeSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PersistentVolumeSpecBuilder(V1PersistentVolumeSpec instance) {
    super(instance);
  }

  public V1PersistentVolumeSpec build() {
    return toModel();
  }
}
