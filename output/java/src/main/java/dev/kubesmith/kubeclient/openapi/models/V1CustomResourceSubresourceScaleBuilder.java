package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CustomResourceSubresourceScale}: {@code new V1CustomResourceSubresourceScaleBuilder().withX(...)...build()}. */
public class V1CustomResourceSubresourceScaleBuilder extends V1CustomResourceSubresourceScaleFluent<V1CustomResourceSubresourceScaleBuilder> {
  public V1CustomResourceSubresourceScaleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CustomResourceSubresourceScaleBuilder(V1CustomResourceSubresourceScale instance) {
    super(instance);
  }

  public V1CustomResourceSubresourceScale build() {
    return toModel();
  }
}
