package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3ResourcePoolStatusRequest}: {@code new V1alpha3ResourcePoolStatusRequestBuilder().withX(...)...build()}. */
public class V1alpha3ResourcePoolStatusRequestBuilder extends V1alpha3ResourcePoolStatusRequestFluent<V1alpha3ResourcePoolStatusRequestBuilder> {
  public V1alpha3ResourcePoolStatusRequestBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3ResourcePoolStatusRequestBuilder(V1alpha3ResourcePoolStatusRequest instance) {
    super(instance);
  }

  public V1alpha3ResourcePoolStatusRequest build() {
    return toModel();
  }
}
