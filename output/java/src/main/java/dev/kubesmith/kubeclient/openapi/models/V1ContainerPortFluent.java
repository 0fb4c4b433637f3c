package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ContainerPort}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ContainerPortBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ContainerPortFluent<A extends V1ContainerPortFluent<A>> {
  private Integer containerPort;
  private String hostIP;
  private Integer hostPort;
  private String name;
  private String protocol;

  public V1ContainerPortFluent() {}

  public V1ContainerPortFluent(V1ContainerPort instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ContainerPort instance) {
    if (instance != null) {
      this.containerPort = instance.getContainerPort();
      this.hostIP = instance.getHostIP();
      this.hostPort = instance.getHostPort();
      this.name = instance.getName();
      this.protocol = instance.getProtocol();
    }
  }

  /** A new {@link V1ContainerPort} holding what was set (lists and maps copied). */
  V1ContainerPort toModel() {
    V1ContainerPort o = new V1ContainerPort();
    o.setContainerPort(containerPort);
    o.setHostIP(hostIP);
    o.setHostPort(hostPort);
    o.setName(name);
    o.setProtocol(protocol);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getContainerPort() {
    return containerPort;
  }

  public A withContainerPort(Integer containerPort) {
    this.containerPort = containerPort;
    return self();
  }

  public boolean hasContainerPort() {
    return containerPort != null;
  }

  public String getHostIP() {
    return hostIP;
  }

  public A withHostIP(String hostIP) {
    this.hostIP = hostIP;
    return self();
  }

  public boolean hasHostIP() {
    return hostIP != null;
  }

  public Integer getHostPort() {
    return hostPort;
  }

  public A withHostPort(Integer hostPort) {
    this.hostPort = hostPort;
    return self();
  }

  public boolean hasHostPort() {
    return hostPort != null;
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
