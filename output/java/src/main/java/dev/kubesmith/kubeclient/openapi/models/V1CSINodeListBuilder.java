package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CSINodeList}: {@code new V1CSINodeListBuilder().withX(...)...build()}. */
public class V1CSINodeListBuilder extends V1CSINodeListFluent<V1CSINodeListBuilder> {
  public V1CSINodeListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CSINodeListBuilder(V1CSINodeList instance) {
    super(instance);
  }

  public V1CSINodeList build() {
    return toModel();
  }
}
