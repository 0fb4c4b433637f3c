package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Endpoints}: {@code new V1EndpointsBuilder().withX(...)...build()}. */
public class V1EndpointsBuilder extends V1EndpointsFluent<V1EndpointsBuilder> {
  public V1EndpointsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1EndpointsBuilder(V1Endpoints instance) {
    super(instance);
  }

  public V1Endpoints build() {
    return toModel();
  }
}
