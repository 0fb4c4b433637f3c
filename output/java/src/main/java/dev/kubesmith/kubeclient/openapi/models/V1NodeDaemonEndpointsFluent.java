package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1NodeDaemonEndpoints}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeDaemonEndpointsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeDaemonEndpointsFluent<A extends V1NodeDaemonEndpointsFluent<A>> {
  private V1DaemonEndpoint kubeletEndpoint;

  public V1NodeDaemonEndpointsFluent() {}

  public V1NodeDaemonEndpointsFluent(V1NodeDaemonEndpoints instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeDaemonEndpoints instance) {
    if (instance != null) {
      this.kubeletEndpoint = instance.getKubeletEndpoint();
    }
  }

  /** A new {@link V1NodeDaemonEndpoints} holding what was set (lists and maps copied). */
  V1NodeDaemonEndpoints toModel() {
    V1NodeDaemonEndpoints o = new V1NodeDaemonEndpoints();
    o.setKubeletEndpoint(kubeletEndpoint);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1DaemonEndpoint getKubeletEndpoint() {
    return kubeletEndpoint;
  }

  public A withKubeletEndpoint(V1DaemonEndpoint kubeletEndpoint) {
    this.kubeletEndpoint = kubeletEndpoint;
    return self();
  }

  public boolean hasKubeletEndpoint() {
    return kubeletEndpoint != null;
  }

  public V1DaemonEndpoint buildKubeletEndpoint() {
    return kubeletEndpoint;
  }

  public KubeletEndpointNested withNewKubeletEndpoint() {
    return new KubeletEndpointNested(null);
  }

  public KubeletEndpointNested withNewKubeletEndpointLike(V1DaemonEndpoint item) {
    return new KubeletEndpointNested(item);
  }

  public KubeletEndpointNested editKubeletEndpoint() {
    return new KubeletEndpointNested(kubeletEndpoint);
  }

  public KubeletEndpointNested editOrNewKubeletEndpoint() {
    return new KubeletEndpointNested(kubeletEndpoint != null ? kubeletEndpoint : new V1DaemonEndpoint());
  }

  public KubeletEndpointNested editOrNewKubeletEndpointLike(V1DaemonEndpoint item) {
    return new KubeletEndpointNested(kubeletEndpoint != null ? kubeletEndpoint : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class KubeletEndpointNested extends V1DaemonEndpointFluent<KubeletEndpointNested> {
    KubeletEndpointNested(V1DaemonEndpoint item) {
      super(item);
    }

    public A and() {
      return V1NodeDaemonEndpointsFluent.this.withKubeletEndpoint(toModel());
    }

    public A endKubeletEndpoint() {
      return and();
    }
  }
}
