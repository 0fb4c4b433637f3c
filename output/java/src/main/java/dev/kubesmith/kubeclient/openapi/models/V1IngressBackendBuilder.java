package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1IngressBackend}: {@code new V1IngressBackendBuilder().withX(...)...build()}. */
public class V1IngressBackendBuilder extends V1IngressBackendFluent<V1IngressBackendBuilder> {
  public V1IngressBackendBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IngressBackendBuilder(V1IngressBackend instance) {
    super(instance);
  }

  public V1IngressBackend build() {
    return toModel();
  }
}
