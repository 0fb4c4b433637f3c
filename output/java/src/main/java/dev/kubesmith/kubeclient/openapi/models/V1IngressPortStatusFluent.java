package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1IngressPortStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1IngressPortStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1IngressPortStatusFluent<A extends V1IngressPortStatusFluent<A>> {
  private String error;
  private Integer port;
  private String protocol;

  public V1IngressPortStatusFluent() {}

  public V1IngressPortStatusFluent(V1IngressPortStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1IngressPortStatus instance) {
    if (instance != null) {
      this.error = instance.getError();
      this.port = instance.getPort();
      this.protocol = instance.getProtocol();
    }
  }

  /** A new {@link V1IngressPortStatus} holding what was set (lists and maps copied). */
  V1IngressPortStatus toModel() {
    V1IngressPortStatus o = new V1IngressPortStatus();
    o.setError(error);
    o.setPort(port);
    o.setProtocol(protocol);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getError() {
    return error;
  }

  public A withError(String error) {
    this.error = error;
    return self();
  }

  public boolean hasError() {
    return error != null;
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
