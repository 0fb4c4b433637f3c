package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VolumeAttachmentSource}: {@code new V1VolumeAttachmentSourceBuilder().withX(...)...build()}. */
public class V1VolumeAttachmentSourceBuilder extends V1VolumeAttachmentSourceFluent<V1VolumeAttachmentSourceBuilder> {
  public V1VolumeAttachmentSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeAttachmentSourceBuilder(V1VolumeAttachmentSource instance) {
    super(instance);
  }

  public V1VolumeAttachmentSource build() {
    return toModel();
  }
}
