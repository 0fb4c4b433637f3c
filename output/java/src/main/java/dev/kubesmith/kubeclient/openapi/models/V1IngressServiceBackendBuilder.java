package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1IngressServiceBackend}: {@code new V1IngressServiceBackendBuilder().withX(...)...build()}. */
public class V1IngressServiceBackendBuilder extends V1IngressServiceBackendFluent<V1IngressServiceBackendBuilder> {
  public V1IngressServiceBackendBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IngressServiceBackendBuilder(V1IngressServiceBackend instance) {
    super(instance);
  }

  public V1IngressServiceBackend build() {
    return toModel();
  }
}
