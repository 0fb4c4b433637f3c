package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodDNSConfigOption}: {@code new V1PodDNSConfigOptionBuilder().withX(...)...build()}. */
public class V1PodDNSConfigOptionBuilder extends V1PodDNSConfigOptionFluent<V1PodDNSConfigOptionBuilder> {
  public V1PodDNSConfigOptionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodDNSConfigOptionBuilder(V1PodDNSConfigOption instance) {
    super(instance);
  }

  public V1PodDNSConfigOption build() {
    return toModel();
  }
}
