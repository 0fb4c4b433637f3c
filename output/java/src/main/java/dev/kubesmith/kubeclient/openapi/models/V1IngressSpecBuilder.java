package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1IngressSpec}: {@code new V1IngressSpecBuilder().withX(...)...build()}. */
public class V1IngressSpecBuilder extends V1IngressSpecFluent<V1IngressSpecBuilder> {
  public V1IngressSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IngressSpecBuilder(V1IngressSpec instance) {
    super(instance);
  }

  public V1IngressSpec build() {
    return toModel();
  }
}
