package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ServiceCIDR}: {@code new V1ServiceCIDRBuilder().withX(...)...build()}. */
public class V1ServiceCIDRBuilder extends V1ServiceCIDRFluent<V1ServiceCIDRBuilder> {
  public V1ServiceCIDRBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ServiceCIDRBuilder(V1ServiceCIDR instance) {
    super(instance);
  }

  public V1ServiceCIDR build() {
    return toModel();
  }
}
