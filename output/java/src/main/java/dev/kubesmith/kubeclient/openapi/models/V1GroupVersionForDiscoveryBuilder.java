package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1GroupVersionForDiscovery}: {@code new V1GroupVersionForDiscoveryBuilder().withX(...)...build()}. */
public class V1GroupVersionForDiscoveryBuilder extends V1GroupVersionForDiscoveryFluent<V1GroupVersionForDiscoveryBuilder> {
  public V1GroupVersionForDiscoveryBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1GroupVersionForDiscoveryBuilder(V1GroupVersionForDiscovery instance) {
    super(instance);
  }

  public V1GroupVersionForDiscovery build() {
    return toModel();
  }
}
