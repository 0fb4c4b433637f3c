package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ConfigMapList}: {@code new V1ConfigMapListBuilder().withX(...)...build()}. */
public class V1ConfigMapListBuilder extends V1ConfigMapListFluent<V1ConfigMapListBuilder> {
  public V1ConfigMapListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ConfigMapListBuilder(V1ConfigMapList instance) {
    super(instance);
  }

  public V1ConfigMapList build() {
    return toModel();
  }
}
