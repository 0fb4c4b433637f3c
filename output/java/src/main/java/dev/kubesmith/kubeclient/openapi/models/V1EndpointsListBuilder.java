package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1EndpointsList}: {@code new V1EndpointsListBuilder().withX(...)...build()}. */
public class V1EndpointsListBuilder extends V1EndpointsListFluent<V1EndpointsListBuilder> {
  public V1EndpointsListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1EndpointsListBuilder(V1EndpointsList instance) {
    super(instance);
  }

  public V1EndpointsList build() {
    return toModel();
  }
}
