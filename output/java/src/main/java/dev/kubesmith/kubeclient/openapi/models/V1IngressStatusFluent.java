package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1IngressStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1IngressStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1IngressStatusFluent<A extends V1IngressStatusFluent<A>> {
  private V1IngressLoadBalancerStatus loadBalancer;

  public V1IngressStatusFluent() {}

  public V1IngressStatusFluent(V1IngressStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1IngressStatus instance) {
    if (instance != null) {
      this.loadBalancer = instance.getLoadBalancer();
    }
  }

  /** A new {@link V1IngressStatus} holding what was set (lists and maps copied). */
  V1IngressStatus toModel() {
    V1IngressStatus o = new V1IngressStatus();
    o.setLoadBalancer(loadBalancer);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1IngressLoadBalancerStatus getLoadBalancer() {
    return loadBalancer;
  }

  public A withLoadBalancer(V1IngressLoadBalancerStatus loadBalancer) {
    this.loadBalancer = loadBalancer;
    return self();
  }

  public boolean hasLoadBalancer() {
    return loadBalancer != null;
  }

  public V1IngressLoadBalancerStatus buildLoadBalancer() {
    return loadBalancer;
  }

  public LoadBalancerNested withNewLoadBalancer() {
    return new LoadBalancerNested(null);
  }

  public LoadBalancerNested withNewLoadBalancerLike(V1IngressLoadBalancerStatus item) {
    return new LoadBalancerNested(item);
  }

  public LoadBalancerNested editLoadBalancer() {
    return new LoadBalancerNested(loadBalancer);
  }

  public LoadBalancerNested editOrNewLoadBalancer() {
    return new LoadBalancerNested(loadBalancer != null ? loadBalancer : new V1IngressLoadBalancerStatus());
  }

  public LoadBalancerNested editOrNewLoadBalancerLike(V1IngressLoadBalancerStatus item) {
    return new LoadBalancerNested(loadBalancer != null ? loadBalancer : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class LoadBalancerNested extends V1IngressLoadBalancerStatusFluent<LoadBalancerNested> {
    LoadBalancerNested(V1IngressLoadBalancerStatus item) {
      super(item);
    }

    public A and() {
      return V1IngressStatusFluent.this.withLoadBalancer(toModel());
    }

    public A endLoadBalancer() {
      return and();
    }
  }
}
