package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1IngressTLS}: {@code new V1IngressTLSBuilder().withX(...)...build()}. */
public class V1IngressTLSBuilder extends V1IngressTLSFluent<V1IngressTLSBuilder> {
  public V1IngressTLSBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IngressTLSBuilder(V1IngressTLS instance) {
    super(instance);
  }

  public V1IngressTLS build() {
    return toModel();
  }
}
