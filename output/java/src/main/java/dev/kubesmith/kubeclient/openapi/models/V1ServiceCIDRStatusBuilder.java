package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ServiceCIDRStatus}: {@code new V1ServiceCIDRStatusBuilder().withX(...)...build()}. */
public class V1ServiceCIDRStatusBuilder extends V1ServiceCIDRStatusFluent<V1ServiceCIDRStatusBuilder> {
  public V1ServiceCIDRStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ServiceCIDRStatusBuilder(V1ServiceCIDRStatus instance) {
    super(instance);
  }

  public V1ServiceCIDRStatus build() {
    return toModel();
  }
}
