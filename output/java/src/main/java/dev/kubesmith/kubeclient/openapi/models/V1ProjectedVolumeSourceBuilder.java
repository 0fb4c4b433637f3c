package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ProjectedVolumeSource}: {@code new V1ProjectedVolumeSourceBuilder().withX(...)...build()}. */
public class V1ProjectedVolumeSourceBuilder extends V1ProjectedVolumeSourceFluent<V1ProjectedVolumeSourceBuilder> {
  public V1ProjectedVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ProjectedVolumeSourceBuilder(V1ProjectedVolumeSource instance) {
    super(instance);
  }

  public V1ProjectedVolumeSource build() {
    return toModel();
  }
}
