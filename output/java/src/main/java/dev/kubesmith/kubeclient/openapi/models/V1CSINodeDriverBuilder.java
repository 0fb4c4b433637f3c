package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CSINodeDriver}: {@code new V1CSINodeDriverBuilder().withX(...)...build()}. */
public class V1CSINodeDriverBuilder extends V1CSINodeDriverFluent<V1CSINodeDriverBuilder> {
  public V1CSINodeDriverBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CSINodeDriverBuilder(V1CSINodeDriver instance) {
    super(instance);
  }

  public V1CSINodeDriver build() {
    return toModel();
  }
}
