package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VolumeAttachmentSpec}: {@code new V1VolumeAttachmentSpecBuilder().withX(...)...build()}. */
public class V1VolumeAttachmentSpecBuilder extends V1VolumeAttachmentSpecFluent<V1VolumeAttachmentSpecBuilder> {
  public V1VolumeAttachmentSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeAttachmentSpecBuilder(V1VolumeAttachmentSpec instance) {
    super(instance);
  }

  public V1VolumeAttachmentSpec build() {
    return toModel();
  }
}
