package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1EventSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1EventSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1EventSourceFluent<A extends V1EventSourceFluent<A>> {
  private String component;
  private String host;

  public V1EventSourceFluent() {}

  public V1EventSourceFluent(V1EventSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1EventSource instance) {
    if (instance != null) {
      this.component = instance.getComponent();
      this.host = instance.getHost();
    }
  }

  /** A new {@link V1EventSource} holding what was set (lists and maps copied). */
  V1EventSource toModel() {
    V1EventSource o = new V1EventSource();
    o.setComponent(component);
    o.setHost(host);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getComponent() {
    return component;
  }

  public A withComponent(String component) {
    this.component = component;
    return self();
  }

  public boolean hasComponent() {
    return component != null;
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
}
