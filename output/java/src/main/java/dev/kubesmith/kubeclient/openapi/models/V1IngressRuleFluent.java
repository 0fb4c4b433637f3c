package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1IngressRule}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1IngressRuleBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1IngressRuleFluent<A extends V1IngressRuleFluent<A>> {
  private String host;
  private V1HTTPIngressRuleValue http;

  public V1IngressRuleFluent() {}

  public V1IngressRuleFluent(V1IngressRule instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1IngressRule instance) {
    if (instance != null) {
      this.host = instance.getHost();
      this.http = instance.getHttp();
    }
  }

  /** A new {@link V1IngressRule} holding what was set (lists and maps copied). */
  V1IngressRule toModel() {
    V1IngressRule o = new V1IngressRule();
    o.setHost(host);
    o.setHttp(http);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getHost() {
    return host;
  }

  public A withHost(String host) {
    this.host = host;
    return self();
  }

  public boolean hasHost() {
    return host != null;
  }

  public V1HTTPIngressRuleValue getHttp() {
    return http;
  }

  public A withHttp(V1HTTPIngressRuleValue http) {
    this.http = http;
    return self();
  }

  public boolean hasHttp() {
    return http != null;
  }

  public V1HTTPIngressRuleValue buildHttp() {
    return http;
  }

  public HttpNested withNewHttp() {
    return new HttpNested(null);
  }

  public HttpNested withNewHttpLike(V1HTTPIngressRuleValue item) {
    return new HttpNested(item);
  }

  public HttpNested editHttp() {
    return new HttpNested(http);
  }

  public HttpNested editOrNewHttp() {
    return new HttpNested(http != null ? http : new V1HTTPIngressRuleValue());
  }

  public HttpNested editOrNewHttpLike(V1HTTPIngressRuleValue item) {
    return new HttpNested(http != null ? http : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class HttpNested extends V1HTTPIngressRuleValueFluent<HttpNested> {
    HttpNested(V1HTTPIngressRuleValue item) {
      super(item);
    }

    public A and() {
      return V1IngressRuleFluent.this.withHttp(toModel());
    }

    public A endHttp() {
      return and();
    }
  }
}
