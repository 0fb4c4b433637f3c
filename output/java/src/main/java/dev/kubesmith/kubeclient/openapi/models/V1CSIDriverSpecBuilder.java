package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CSIDriverSpec}: {@code new V1CSIDriverSpecBuilder().withX(...)...build()}. */
public class V1CSIDriverSpecBuilder extends V1CSIDriverSpecFluent<V1CSIDriverSpecBuilder> {
  public V1CSIDriverSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CSIDriverSpecBuilder(V1CSIDriverSpec instance) {
    super(instance);
  }

  public V1CSIDriverSpec build() {
    return toModel();
  }
}
