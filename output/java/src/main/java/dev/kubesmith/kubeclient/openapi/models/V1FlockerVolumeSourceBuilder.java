package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1FlockerVolumeSource}: {@code new V1FlockerVolumeSourceBuilder().withX(...)...build()}. */
public class V1FlockerVolumeSourceBuilder extends V1FlockerVolumeSourceFluent<V1FlockerVolumeSourceBuilder> {
  public V1FlockerVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1FlockerVolumeSourceBuilder(V1FlockerVolumeSource instance) {
    super(instance);
  }

  public V1FlockerVolumeSource build() {
    return toModel();
  }
}
