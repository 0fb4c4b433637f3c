package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1EndpointSubset}: {@code new V1EndpointSubsetBuilder().withX(...)...build()}. */
public class V1EndpointSubsetBuilder extends V1EndpointSubsetFluent<V1EndpointSubsetBuilder> {
  public V1EndpointSubsetBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1EndpointSubsetBuilder(V1EndpointSubset instance) {
    super(instance);
  }

  public V1EndpointSubset build() {
    return toModel();
  }
}
