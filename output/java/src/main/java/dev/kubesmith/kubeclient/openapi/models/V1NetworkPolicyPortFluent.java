package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.IntOrString;

/**
 * The fluent setters of {@link V1NetworkPolicyPort}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NetworkPolicyPortBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NetworkPolicyPortFluent<A extends V1NetworkPolicyPortFluent<A>> {
  private Integer endPort;
  private IntOrString port;
  private String protocol;

  public V1NetworkPolicyPortFluent() {}

  public V1NetworkPolicyPortFluent(V1NetworkPolicyPort instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NetworkPolicyPort instance) {
    if (instance != null) {
      this.endPort = instance.getEndPort();
      this.port = instance.getPort();
      this.protocol = instance.getProtocol();
    }
  }

  /** A new {@link V1NetworkPolicyPort} holding what was set (lists and maps copied). */
  V1NetworkPolicyPort toModel() {
    V1NetworkPolicyPort o = new V1NetworkPolicyPort();
    o.setEndPort(endPort);
    o.setPort(port);
    o.setProtocol(protocol);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getEndPort() {
    return endPort;
  }

  public A withEndPort(Integer endPort) {
    this.endPort = endPort;
    return self();
  }

  public boolean hasEndPort() {
    return endPort != null;
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

  public String getProtocol() {
    return protocol;
  }

  public A withProtocol(String protocol) {
    this.protocol = protocol;
    return self();
  }

  public boolean hasProtocol() {
    return protocol != null;
  }
}
