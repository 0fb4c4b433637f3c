package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodDNSConfig}: {@code new V1PodDNSConfigBuilder().withX(...)...build()}. */
public class V1PodDNSConfigBuilder extends V1PodDNSConfigFluent<V1PodDNSConfigBuilder> {
  public V1PodDNSConfigBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodDNSConfigBuilder(V1PodDNSConfig instance) {
    super(instance);
  }

  public V1PodDNSConfig build() {
    return toModel();
  }
}
