package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1SessionAffinityConfig}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SessionAffinityConfigBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SessionAffinityConfigFluent<A extends V1SessionAffinityConfigFluent<A>> {
  private V1ClientIPConfig clientIP;

  public V1SessionAffinityConfigFluent() {}

  public V1SessionAffinityConfigFluent(V1SessionAffinityConfig instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1SessionAffinityConfig instance) {
    if (instance != null) {
      this.clientIP = instance.getClientIP();
    }
  }

  /** A new {@link V1SessionAffinityConfig} holding what was set (lists and maps copied). */
  V1SessionAffinityConfig toModel() {
    V1SessionAffinityConfig o = new V1SessionAffinityConfig();
    o.setClientIP(clientIP);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1ClientIPConfig getClientIP() {
    return clientIP;
  }

  public A withClientIP(V1ClientIPConfig clientIP) {
    this.clientIP = clientIP;
    return self();
  }

  public boolean hasClientIP() {
    return clientIP != null;
  }

  public V1ClientIPConfig buildClientIP() {
    return clientIP;
  }

  public ClientIPNested withNewClientIP() {
    return new ClientIPNested(null);
  }

  public ClientIPNested withNewClientIPLike(V1ClientIPConfig item) {
    return new ClientIPNested(item);
  }

  public ClientIPNested editClientIP() {
    return new ClientIPNested(clientIP);
  }

  public ClientIPNested editOrNewClientIP() {
    return new ClientIPNested(clientIP != null ? clientIP : new V1ClientIPConfig());
  }

  public ClientIPNested editOrNewClientIPLike(V1ClientIPConfig item) {
    return new ClientIPNested(clientIP != null ? clientIP : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ClientIPNested extends V1ClientIPConfigFluent<ClientIPNested> {
    ClientIPNested(V1ClientIPConfig item) {
      super(item);
    }

    public A and() {
      return V1SessionAffinityConfigFluent.this.withClientIP(toModel());
    }

    public A endClientIP() {
      return and();
    }
  }
}
