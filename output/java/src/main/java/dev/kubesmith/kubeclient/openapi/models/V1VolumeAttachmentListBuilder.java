package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VolumeAttachmentList}: {@code new V1VolumeAttachmentListBuilder().withX(...)...build()}. */
public class V1VolumeAttachmentListBuilder extends V1VolumeAttachmentListFluent<V1VolumeAttachmentListBuilder> {
  public V1VolumeAttachmentListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeAttachmentListBuilder(V1VolumeAttachmentList instance) {
    super(instance);
  }

  public V1VolumeAttachmentList build() {
    return toModel();
  }
}
