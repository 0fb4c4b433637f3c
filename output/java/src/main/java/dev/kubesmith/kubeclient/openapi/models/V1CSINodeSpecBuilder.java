package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CSINodeSpec}: {@code new V1CSINodeSpecBuilder().withX(...)...build()}. */
public class V1CSINodeSpecBuilder extends V1CSINodeSpecFluent<V1CSINodeSpecBuilder> {
  public V1CSINodeSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CSINodeSpecBuilder(V1CSINodeSpec instance) {
    super(instance);
  }

  public V1CSINodeSpec build() {
    return toModel();
  }
}
