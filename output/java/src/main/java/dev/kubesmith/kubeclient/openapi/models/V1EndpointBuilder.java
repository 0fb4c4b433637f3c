package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Endpoint}: {@code new V1EndpointBuilder().withX(...)...build()}. */
public class V1EndpointBuilder extends V1EndpointFluent<V1EndpointBuilder> {
  public V1EndpointBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1EndpointBuilder(V1Endpoint instance) {
    super(instance);
  }

  public V1Endpoint build() {
    return toModel();
  }
}
