package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NamespaceStatus}: {@code new V1NamespaceStatusBuilder().withX(...)...build()}. */
public class V1NamespaceStatusBuilder extends V1NamespaceStatusFluent<V1NamespaceStatusBuilder> {
  public V1NamespaceStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NamespaceStatusBuilder(V1NamespaceStatus instance) {
    super(instance);
  }

  public V1NamespaceStatus build() {
    return toModel();
  }
}
