package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1IngressClass}: {@code new V1IngressClassBuilder().withX(...)...build()}. */
public class V1IngressClassBuilder extends V1IngressClassFluent<V1IngressClassBuilder> {
  public V1IngressClassBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IngressClassBuilder(V1IngressClass instance) {
    super(instance);
  }

  public V1IngressClass build() {
    return toModel();
  }
}
