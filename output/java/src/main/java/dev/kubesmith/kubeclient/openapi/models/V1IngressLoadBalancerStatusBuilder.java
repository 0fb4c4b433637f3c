package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1IngressLoadBalancerStatus}: {@code new V1IngressLoadBalancerStatusBuilder().withX(...)...build()}. */
public class V1IngressLoadBalancerStatusBuilder extends V1IngressLoadBalancerStatusFluent<V1IngressLoadBalancerStatusBuilder> {
  public V1IngressLoadBalancerStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IngressLoadBalancerStatusBuilder(V1IngressLoadBalancerStatus instance) {
    super(instance);
  }

  public V1IngressLoadBalancerStatus build() {
    return toModel();
  }
}
