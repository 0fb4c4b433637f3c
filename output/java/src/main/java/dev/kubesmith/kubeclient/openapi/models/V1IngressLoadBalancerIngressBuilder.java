package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1IngressLoadBalancerIngress}: {@code new V1IngressLoadBalancerIngressBuilder().withX(...)...build()}. */
public class V1IngressLoadBalancerIngressBuilder extends V1IngressLoadBalancerIngressFluent<V1IngressLoadBalancerIngressBuilder> {
  public V1IngressLoadBalancerIngressBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IngressLoadBalancerIngressBuilder(V1IngressLoadBalancerIngress instance) {
    super(instance);
  }

  public V1IngressLoadBalancerIngress build() {
    return toModel();
  }
}
