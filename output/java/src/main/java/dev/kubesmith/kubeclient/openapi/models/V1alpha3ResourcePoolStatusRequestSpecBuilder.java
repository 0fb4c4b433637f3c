package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3ResourcePoolStatusRequestSpec}: {@code new V1alpha3ResourcePoolStatusRequestSpecBuilder().withX(...)...build()}. */
public class V1alpha3ResourcePoolStatusRequestSpecBuilder extends V1alpha3ResourcePoolStatusRequestSpecFluent<V1alpha3ResourcePoolStatusRequestSpecBuilder> {
  public V1alpha3ResourcePoolStatusRequestSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3ResourcePoolStatusRequestSpecBuilder(V1alpha3ResourcePoolStatusRequestSpec instance) {
    super(instance);
  }

  public V1alpha3ResourcePoolStatusRequestSpec build() {
    return toModel();
  }
}
