package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CSINodeStatus}: {@code new V1CSINodeStatusBuilder().withX(...)...build()}. */
public class V1CSINodeStatusBuilder extends V1CSINodeStatusFluent<V1CSINodeStatusBuilder> {
  public V1CSINodeStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CSINodeStatusBuilder(V1CSINodeStatus instance) {
    super(instance);
  }

  public V1CSINodeStatus build() {
    return toModel();
  }
}
