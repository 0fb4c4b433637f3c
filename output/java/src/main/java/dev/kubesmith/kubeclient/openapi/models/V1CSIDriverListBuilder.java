package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CSIDriverList}: {@code new V1CSIDriverListBuilder().withX(...)...build()}. */
public class V1CSIDriverListBuilder extends V1CSIDriverListFluent<V1CSIDriverListBuilder> {
  public V1CSIDriverListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CSIDriverListBuilder(V1CSIDriverList instance) {
    super(instance);
  }

  public V1CSIDriverList build() {
    return toModel();
  }
}
