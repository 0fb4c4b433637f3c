package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ServiceCIDRList}: {@code new V1ServiceCIDRListBuilder().withX(...)...build()}. */
public class V1ServiceCIDRListBuilder extends V1ServiceCIDRListFluent<V1ServiceCIDRListBuilder> {
  public V1ServiceCIDRListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ServiceCIDRListBuilder(V1ServiceCIDRList instance) {
    super(instance);
  }

  public V1ServiceCIDRList build() {
    return toModel();
  }
}
