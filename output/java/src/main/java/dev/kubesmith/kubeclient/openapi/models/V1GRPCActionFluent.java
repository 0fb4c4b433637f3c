package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1GRPCAction}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1GRPCActionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1GRPCActionFluent<A extends V1GRPCActionFluent<A>> {
  private String mode;
  private Integer port;
  private String service;

  public V1GRPCActionFluent() {}

  public V1GRPCActionFluent(V1GRPCAction instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1GRPCAction instance) {
    if (instance != null) {
      this.mode = instance.getMode();
      this.port = instance.getPort();
      this.service = instance.getService();
    }
  }

  /** A new {@link V1GRPCAction} holding what was set (lists and maps copied). */
  V1GRPCAction toModel() {
    V1GRPCAction o = new V1GRPCAction();
    o.setMode(mode);
    o.setPort(port);
    o.setService(service);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getMode() {
    return mode;
  }

  public A withMode(String mode) {
    this.mode = mode;
    return self();
  }

  public boolean hasMode() {
    return mode != null;
  }

  public Integer getPort() {
    return port;
  }

  public A withPort(Integer port) {
    this.port = port;
    return self();
  }

  public boolean hasPort() {
    return port != null;
  }

  public String getService() {
    return service;
  }

  public A withService(String service) {
    this.service = service;
    return self();
  }

  public boolean hasService() {
    return service != null;
  }
}
