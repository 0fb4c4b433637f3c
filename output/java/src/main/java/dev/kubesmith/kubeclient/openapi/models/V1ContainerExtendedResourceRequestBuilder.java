package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ContainerExtendedResourceRequest}: {@code new V1ContainerExtendedResourceRequestBuilder().withX(...)...build()}. */
public class V1ContainerExtendedResourceRequestBuilder extends V1ContainerExtendedResourceRequestFluent<V1ContainerExtendedResourceRequestBuilder> {
  public V1ContainerExtendedResourceRequestBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ContainerExtendedResourceRequestBuilder(V1ContainerExtendedResourceRequest instance) {
    super(instance);
  }

  public V1ContainerExtendedResourceRequest build() {
    return toModel();
  }
}
