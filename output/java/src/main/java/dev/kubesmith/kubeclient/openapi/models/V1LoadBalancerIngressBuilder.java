package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1LoadBalancerIngress}: {@code new V1LoadBalancerIngressBuilder().withX(...)...build()}. */
public class V1LoadBalancerIngressBuilder extends V1LoadBalancerIngressFluent<V1LoadBalancerIngressBuilder> {
  public V1LoadBalancerIngressBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LoadBalancerIngressBuilder(V1LoadBalancerIngress instance) {
    super(instance);
  }

  public V1LoadBalancerIngress build() {
    return toModel();
  }
}
