package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1IngressClassSpec}: {@code new V1IngressClassSpecBuilder().withX(...)...build()}. */
public class V1IngressClassSpecBuilder extends V1IngressClassSpecFluent<V1IngressClassSpecBuilder> {
  public V1IngressClassSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IngressClassSpecBuilder(V1IngressClassSpec instance) {
    super(instance);
  }

  public V1IngressClassSpec build() {
    return toModel();
  }
}
