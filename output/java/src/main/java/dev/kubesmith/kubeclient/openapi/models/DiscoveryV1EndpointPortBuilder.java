package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link DiscoveryV1EndpointPort}: {@code new DiscoveryV1EndpointPortBuilder().withX(...)...build()}. */
public class DiscoveryV1EndpointPortBuilder extends DiscoveryV1EndpointPortFluent<DiscoveryV1EndpointPortBuilder> {
  public DiscoveryV1EndpointPortBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public DiscoveryV1EndpointPortBuilder(DiscoveryV1EndpointPort instance) {
    super(instance);
  }

  public DiscoveryV1EndpointPort build() {
    return toModel();
  }
}
