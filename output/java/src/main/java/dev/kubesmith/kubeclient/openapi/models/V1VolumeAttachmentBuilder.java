package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VolumeAttachment}: {@code new V1VolumeAttachmentBuilder().withX(...)...build()}. */
public class V1VolumeAttachmentBuilder extends V1VolumeAttachmentFluent<V1VolumeAttachmentBuilder> {
  public V1VolumeAttachmentBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeAttachmentBuilder(V1VolumeAttachment instance) {
    super(instance);
  }

  public V1VolumeAttachment build() {
    return toModel();
  }
}
