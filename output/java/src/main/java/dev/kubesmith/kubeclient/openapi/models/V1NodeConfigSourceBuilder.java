package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeConfigSource}: {@code new V1NodeConfigSourceBuilder().withX(...)...build()}. */
public class V1NodeConfigSourceBuilder extends V1NodeConfigSourceFluent<V1NodeConfigSourceBuilder> {
  public V1NodeConfigSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeConfigSourceBuilder(V1NodeConfigSource instance) {
    super(instance);
  }

  public V1NodeConfigSource build() {
    return toModel();
  }
}
