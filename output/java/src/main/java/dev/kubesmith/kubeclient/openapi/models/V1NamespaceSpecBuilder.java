package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NamespaceSpec}: {@code new V1NamespaceSpecBuilder().withX(...)...build()}. */
public class V1NamespaceSpecBuilder extends V1NamespaceSpecFluent<V1NamespaceSpecBuilder> {
  public V1NamespaceSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NamespaceSpecBuilder(V1NamespaceSpec instance) {
    super(instance);
  }

  public V1NamespaceSpec build() {
    return toModel();
  }
}
