package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VolumeAttachmentStatus}: {@code new V1VolumeAttachmentStatusBuilder().withX(...)...build()}. */
public class V1VolumeAttachmentStatusBuilder extends V1VolumeAttachmentStatusFluent<V1VolumeAttachmentStatusBuilder> {
  public V1VolumeAttachmentStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeAttachmentStatusBuilder(V1VolumeAttachmentStatus instance) {
    super(instance);
  }

  public V1VolumeAttachmentStatus build() {
    return toModel();
  }
}
