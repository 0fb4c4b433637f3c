package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1HostIP}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1HostIPBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1HostIPFluent<A extends V1HostIPFluent<A>> {
  private String ip;

  public V1HostIPFluent() {}

  public V1HostIPFluent(V1HostIP instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1HostIP instance) {
    if (instance != null) {
      this.ip = instance.getIp();
    }
  }

  /** A new {@link V1HostIP} holding what was set (lists and maps copied). */
  V1HostIP toModel() {
    V1HostIP o = new V1HostIP();
    o.setIp(ip);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getIp() {
    return ip;
  }

  public A withIp(String ip) {
    this.ip = ip;
    return self();
  }

  public boolean hasIp() {
    return ip != null;
  }
}
