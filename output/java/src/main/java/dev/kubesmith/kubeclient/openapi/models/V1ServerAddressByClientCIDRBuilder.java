package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ServerAddressByClientCIDR}: {@code new V1ServerAddressByClientCIDRBuilder().withX(...)...build()}. */
public class V1ServerAddressByClientCIDRBuilder extends V1ServerAddressByClientCIDRFluent<V1ServerAddressByClientCIDRBuilder> {
  public V1ServerAddressByClientCIDRBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ServerAddressByClientCIDRBuilder(V1ServerAddressByClientCIDR instance) {
    super(instance);
  }

  public V1ServerAddressByClientCIDR build() {
    return toModel();
  }
}
