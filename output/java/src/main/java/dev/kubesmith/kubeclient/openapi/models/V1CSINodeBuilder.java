package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CSINode}: {@code new V1CSINodeBuilder().withX(...)...build()}. */
public class V1CSINodeBuilder extends V1CSINodeFluent<V1CSINodeBuilder> {
  public V1CSINodeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CSINodeBuilder(V1CSINode instance) {
    super(instance);
  }

  public V1CSINode build() {
    return toModel();
  }
}
