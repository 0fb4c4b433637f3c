package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1LoadBalancerStatus}: {@code new V1LoadBalancerStatusBuilder().withX(...)...build()}. */
public class V1LoadBalancerStatusBuilder extends V1LoadBalancerStatusFluent<V1LoadBalancerStatusBuilder> {
  public V1LoadBalancerStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LoadBalancerStatusBuilder(V1LoadBalancerStatus instance) {
    super(instance);
  }

  public V1LoadBalancerStatus build() {
    return toModel();
  }
}
