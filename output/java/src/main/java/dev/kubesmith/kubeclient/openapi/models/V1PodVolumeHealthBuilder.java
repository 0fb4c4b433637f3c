package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodVolumeHealth}: {@code new V1PodVolumeHealthBuilder().withX(...)...build()}. */
public class V1PodVolumeHealthBuilder extends V1PodVolumeHealthFluent<V1PodVolumeHealthBuilder> {
  public V1PodVolumeHealthBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodVolumeHealthBuilder(V1PodVolumeHealth instance) {
    super(instance);
  }

  public V1PodVolumeHealth build() {
    return toModel();
  }
}
