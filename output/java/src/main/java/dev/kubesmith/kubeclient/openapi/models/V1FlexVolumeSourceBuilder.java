package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1FlexVolumeSource}: {@code new V1FlexVolumeSourceBuilder().withX(...)...build()}. */
public class V1FlexVolumeSourceBuilder extends V1FlexVolumeSourceFluent<V1FlexVolumeSourceBuilder> {
  public V1FlexVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1FlexVolumeSourceBuilder(V1FlexVolumeSource instance) {
    super(instance);
  }

  public V1FlexVolumeSource build() {
    return toModel();
  }
}
