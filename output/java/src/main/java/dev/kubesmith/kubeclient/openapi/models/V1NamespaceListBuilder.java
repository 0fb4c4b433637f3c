package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NamespaceList}: {@code new V1NamespaceListBuilder().withX(...)...build()}. */
public class V1NamespaceListBuilder extends V1NamespaceListFluent<V1NamespaceListBuilder> {
  public V1NamespaceListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NamespaceListBuilder(V1NamespaceList instance) {
    super(instance);
  }

  public V1NamespaceList build() {
    return toModel();
  }
}
