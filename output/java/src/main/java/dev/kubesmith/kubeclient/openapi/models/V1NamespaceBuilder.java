package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Namespace}: {@code new V1NamespaceBuilder().withX(...)...build()}. */
public class V1NamespaceBuilder extends V1NamespaceFluent<V1NamespaceBuilder> {
  public V1NamespaceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NamespaceBuilder(V1Namespace instance) {
    super(instance);
  }

  public V1Namespace build() {
    return toModel();
  }
}
