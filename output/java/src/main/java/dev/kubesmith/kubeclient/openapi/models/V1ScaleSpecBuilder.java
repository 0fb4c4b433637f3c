package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ScaleSpec}: {@code new V1ScaleSpecBuilder().withX(...)...build()}. */
public class V1ScaleSpecBuilder extends V1ScaleSpecFluent<V1ScaleSpecBuilder> {
  public V1ScaleSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ScaleSpecBuilder(V1ScaleSpec instance) {
    super(instance);
  }

  public V1ScaleSpec build() {
    return toModel();
  }
}
