package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VolumeAttributesClass}: {@code new V1VolumeAttributesClassBuilder().withX(...)...build()}. */
public class V1VolumeAttributesClassBuilder extends V1VolumeAttributesClassFluent<V1VolumeAttributesClassBuilder> {
  public V1VolumeAttributesClassBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeAttributesClassBuilder(V1VolumeAttributesClass instance) {
    super(instance);
  }

  public V1VolumeAttributesClass build() {
    return toModel();
  }
}
