package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CustomResourceSubresourceStatus}: {@code new V1CustomResourceSubresourceStatusBuilder().withX(...)...build()}. */
public class V1CustomResourceSubresourceStatusBuilder extends V1CustomResourceSubresourceStatusFluent<V1CustomResourceSubresourceStatusBuilder> {
  public V1CustomResourceSubresourceStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CustomResourceSubresourceStatusBuilder(V1CustomResourceSubresourceStatus instance) {
    super(instance);
  }

  public V1CustomResourceSubresourceStatus build() {
    return toModel();
  }
}
