package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CustomResourceSubresources}: {@code new V1CustomResourceSubresourcesBuilder().withX(...)...build()}. */
public class V1CustomResourceSubresourcesBuilder extends V1CustomResourceSubresourcesFluent<V1CustomResourceSubresourcesBuilder> {
  public V1CustomResourceSubresourcesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CustomResourceSubresourcesBuilder(V1CustomResourceSubresources instance) {
    super(instance);
  }

  public V1CustomResourceSubresources build() {
    return toModel();
  }
}
