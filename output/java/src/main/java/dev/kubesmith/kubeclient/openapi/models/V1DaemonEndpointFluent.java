package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1DaemonEndpoint}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DaemonEndpointBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DaemonEndpointFluent<A extends V1DaemonEndpointFluent<A>> {
  private Integer Port;

  public V1DaemonEndpointFluent() {}

  public V1DaemonEndpointFluent(V1DaemonEndpoint instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DaemonEndpoint instance) {
    if (instance != null) {
      this.Port = instance.getPort();
    }
  }

  /** A new {@link V1DaemonEndpoint} holding what was set (lists and maps copied). */
  V1DaemonEndpoint toModel() {
    V1DaemonEndpoint o = new V1DaemonEndpoint();
    o.setPort(Port);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getPort() {
    return Port;
  }

  public A withPort(Integer Port) {
    this.Port = Port;
    return self();
  }

  public boolean hasPort() {
    return Port != null;
  }
}
