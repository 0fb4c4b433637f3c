package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1IngressServiceBackend}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1IngressServiceBackendBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1IngressServiceBackendFluent<A extends V1IngressServiceBackendFluent<A>> {
  private String name;
  private V1ServiceBackendPort port;

  public V1IngressServiceBackendFluent() {}

  public V1IngressServiceBackendFluent(V1IngressServiceBackend instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1IngressServiceBackend instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.port = instance.getPort();
    }
  }

  /** A new {@link V1IngressServiceBackend} holding what was set (lists and maps copied). */
  V1IngressServiceBackend toModel() {
    V1IngressServiceBackend o = new V1IngressServiceBackend();
    o.setName(name);
    o.setPort(port);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
  }

  public V1ServiceBackendPort getPort() {
    return port;
  }

  public A withPort(V1ServiceBackendPort port) {
    this.port = port;
    return self();
  }

  public boolean hasPort() {
    return port != null;
  }

  public V1ServiceBackendPort buildPort() {
    return port;
  }

  public PortNested withNewPort() {
    return new PortNested(null);
  }

  public PortNested withNewPortLike(V1ServiceBackendPort item) {
    return new PortNested(item);
  }

  public PortNested editPort() {
    return new PortNested(port);
  }

  public PortNested editOrNewPort() {
    return new PortNested(port != null ? port : new V1ServiceBackendPort());
  }

  public PortNested editOrNewPortLike(V1ServiceBackendPort item) {
    return new PortNested(port != null ? port : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PortNested extends V1ServiceBackendPortFluent<PortNested> {
    PortNested(V1ServiceBackendPort item) {
      super(item);
    }

    public A and() {
      return V1IngressServiceBackendFluent.this.withPort(toModel());
    }

    public A endPort() {
      return and();
    }
  }
}
