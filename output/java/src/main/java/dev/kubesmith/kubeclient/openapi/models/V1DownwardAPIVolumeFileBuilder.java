package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DownwardAPIVolumeFile}: {@code new V1DownwardAPIVolumeFileBuilder().withX(...)...build()}. */
public class V1DownwardAPIVolumeFileBuilder extends V1DownwardAPIVolumeFileFluent<V1DownwardAPIVolumeFileBuilder> {
  public V1DownwardAPIVolumeFileBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DownwardAPIVolumeFileBuilder(V1DownwardAPIVolumeFile instance) {
    super(instance);
  }

  public V1DownwardAPIVolumeFile build() {
    return toModel();
  }
}
