package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeDaemonEndpoints}: {@code new V1NodeDaemonEndpointsBuilder().withX(...)...build()}. */
public class V1NodeDaemonEndpointsBuilder extends V1NodeDaemonEndpointsFluent<V1NodeDaemonEndpointsBuilder> {
  public V1NodeDaemonEndpointsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeDaemonEndpointsBuilder(V1NodeDaemonEndpoints instance) {
    super(instance);
  }

  public V1NodeDaemonEndpoints build() {
    return toModel();
  }
}
