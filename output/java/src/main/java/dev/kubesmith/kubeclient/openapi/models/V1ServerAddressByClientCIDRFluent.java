package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ServerAddressByClientCIDR}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ServerAddressByClientCIDRBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ServerAddressByClientCIDRFluent<A extends V1ServerAddressByClientCIDRFluent<A>> {
  private String clientCIDR;
  private String serverAddress;

  public V1ServerAddressByClientCIDRFluent() {}

  public V1ServerAddressByClientCIDRFluent(V1ServerAddressByClientCIDR instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ServerAddressByClientCIDR instance) {
    if (instance != null) {
      this.clientCIDR = instance.getClientCIDR();
      this.serverAddress = instance.getServerAddress();
    }
  }

  /** A new {@link V1ServerAddressByClientCIDR} holding what was set (lists and maps copied). */
  V1ServerAddressByClientCIDR toModel() {
    V1ServerAddressByClientCIDR o = new V1ServerAddressByClientCIDR();
    o.setClientCIDR(clientCIDR);
    o.setServerAddress(serverAddress);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getClientCIDR() {
    return clientCIDR;
  }

  public A withClientCIDR(String clientCIDR) {
    this.clientCIDR = clientCIDR;
    return self();
  }

  public boolean hasClientCIDR() {
    return clientCIDR != null;
  }

  public String getServerAddress() {
    return serverAddress;
  }

  public A withServerAddress(String serverAddress) {
    this.serverAddress = serverAddress;
    return self();
  }

  public boolean hasServerAddress() {
    return serverAddress != null;
  }
}
