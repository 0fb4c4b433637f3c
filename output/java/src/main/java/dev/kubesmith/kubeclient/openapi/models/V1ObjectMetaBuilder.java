package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ObjectMeta}: {@code new V1ObjectMetaBuilder().withX(...)...build()}. */
public class V1ObjectMetaBuilder extends V1ObjectMetaFluent<V1ObjectMetaBuilder> {
  public V1ObjectMetaBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ObjectMetaBuilder(V1ObjectMeta instance) {
    super(instance);
  }

  public V1ObjectMeta build() {
    return toModel();
  }
}
