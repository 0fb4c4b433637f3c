package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VsphereVirtualDiskVolumeSource}: {@code new V1VsphereVirtualDiskVolumeSourceBuilder().withX(...)...build()}. */
public class V1VsphereVirtualDiskVolumeSourceBuilder extends V1VsphereVirtualDiskVolumeSourceFluent<V1VsphereVirtualDiskVolumeSourceBuilder> {
  public V1VsphereVirtualDiskVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VsphereVirtualDiskVolumeSourceBuilder(V1VsphereVirtualDiskVolumeSource instance) {
    super(instance);
  }

  public V1VsphereVirtualDiskVolumeSource build() {
    return toModel();
  }
}
