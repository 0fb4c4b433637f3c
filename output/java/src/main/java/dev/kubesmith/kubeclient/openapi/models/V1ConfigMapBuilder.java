package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ConfigMap}: {@code new V1ConfigMapBuilder().withX(...)...build()}. */
public class V1ConfigMapBuilder extends V1ConfigMapFluent<V1ConfigMapBuilder> {
  public V1ConfigMapBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ConfigMapBuilder(V1ConfigMap instance) {
    super(instance);
  }

  public V1ConfigMap build() {
    return toModel();
  }
}
