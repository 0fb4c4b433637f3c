package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.IntOrString;

/**
 * The fluent setters of {@link V1TCPSocketAction}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1TCPSocketActionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1TCPSocketActionFluent<A extends V1TCPSocketActionFluent<A>> {
  private String host;
  private IntOrString port;

  public V1TCPSocketActionFluent() {}

  public V1TCPSocketActionFluent(V1TCPSocketAction instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1TCPSocketAction instance) {
    if (instance != null) {
      this.host = instance.getHost();
      this.port = instance.getPort();
    }
  }

  /** A new {@link V1TCPSocketAction} holding what was set (lists and maps copied). */
  V1TCPSocketAction toModel() {
    V1TCPSocketAction o = new V1TCPSocketAction();
    o.setHost(host);
    o.setPort(port);
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

  public IntOrString getPort() {
    return port;
  }

  public A withPort(IntOrString port) {
    this.port = port;
    return self();
  }

  public boolean hasPort() {
    return port != null;
  }
}
