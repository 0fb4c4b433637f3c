package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ServiceCIDRSpec}: {@code new V1ServiceCIDRSpecBuilder().withX(...)...build()}. */
public class V1ServiceCIDRSpecBuilder extends V1ServiceCIDRSpecFluent<V1ServiceCIDRSpecBuilder> {
  public V1ServiceCIDRSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ServiceCIDRSpecBuilder(V1ServiceCIDRSpec instance) {
    super(instance);
  }

  public V1ServiceCIDRSpec build() {
    return toModel();
  }
}
