package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DaemonEndpoint}: {@code new V1DaemonEndpointBuilder().withX(...)...build()}. */
public class V1DaemonEndpointBuilder extends V1DaemonEndpointFluent<V1DaemonEndpointBuilder> {
  public V1DaemonEndpointBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DaemonEndpointBuilder(V1DaemonEndpoint instance) {
    super(instance);
  }

  public V1DaemonEndpoint build() {
    return toModel();
  }
}
