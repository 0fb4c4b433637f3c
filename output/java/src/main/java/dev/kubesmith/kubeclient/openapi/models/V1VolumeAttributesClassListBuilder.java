package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VolumeAttributesClassList}: {@code new V1VolumeAttributesClassListBuilder().withX(...)...build()}. */
public class V1VolumeAttributesClassListBuilder extends V1VolumeAttributesClassListFluent<V1VolumeAttributesClassListBuilder> {
  public V1VolumeAttributesClassListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeAttributesClassListBuilder(V1VolumeAttributesClassList instance) {
    super(instance);
  }

  public V1VolumeAttributesClassList build() {
    return toModel();
  }
}
