package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1TokenRequestSpec}: {@code new V1TokenRequestSpecBuilder().withX(...)...build()}. */
public class V1TokenRequestSpecBuilder extends V1TokenRequestSpecFluent<V1TokenRequestSpecBuilder> {
  public V1TokenRequestSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1TokenRequestSpecBuilder(V1TokenRequestSpec instance) {
    super(instance);
  }

  public V1TokenRequestSpec build() {
    return toModel();
  }
}
