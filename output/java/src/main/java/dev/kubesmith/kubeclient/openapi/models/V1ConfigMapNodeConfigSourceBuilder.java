package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ConfigMapNodeConfigSource}: {@code new V1ConfigMapNodeConfigSourceBuilder().withX(...)...build()}. */
public class V1ConfigMapNodeConfigSourceBuilder extends V1ConfigMapNodeConfigSourceFluent<V1ConfigMapNodeConfigSourceBuilder> {
  public V1ConfigMapNodeConfigSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ConfigMapNodeConfigSourceBuilder(V1ConfigMapNodeConfigSource instance) {
    super(instance);
  }

  public V1ConfigMapNodeConfigSource build() {
    return toModel();
  }
}
