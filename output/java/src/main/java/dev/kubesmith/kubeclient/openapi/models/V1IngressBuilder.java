package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Ingress}: {@code new V1IngressBuilder().withX(...)...build()}. */
public class V1IngressBuilder extends V1IngressFluent<V1IngressBuilder> {
  public V1IngressBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IngressBuilder(V1Ingress instance) {
    super(instance);
  }

  public V1Ingress build() {
    return toModel();
  }
}
