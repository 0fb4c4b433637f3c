package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CSIDriver}: {@code new V1CSIDriverBuilder().withX(...)...build()}. */
public class V1CSIDriverBuilder extends V1CSIDriverFluent<V1CSIDriverBuilder> {
  public V1CSIDriverBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CSIDriverBuilder(V1CSIDriver instance) {
    super(instance);
  }

  public V1CSIDriver build() {
    return toModel();
  }
}
