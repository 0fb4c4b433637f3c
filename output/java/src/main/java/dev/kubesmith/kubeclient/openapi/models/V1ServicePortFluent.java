package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.IntOrString;

/**
 * The fluent setters of {@link V1ServicePort}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ServicePortBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ServicePortFluent<A extends V1ServicePortFluent<A>> {
  private String appProtocol;
  private String name;
  private Integer nodePort;
  private Integer port;
  private String protocol;
  private IntOrString targetPort;

  public V1ServicePortFluent() {}

  public V1ServicePortFluent(V1ServicePort instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ServicePort instance) {
    if (instance != null) {
      this.appProtocol = instance.getAppProtocol();
      this.name = instance.getName();
      this.nodePort = instance.getNodePort();
      this.port = instance.getPort();
      this.protocol = instance.getProtocol();
      this.targetPort = instance.getTargetPort();
    }
  }

  /** A new {@link V1ServicePort} holding what was set (lists and maps copied). */
  V1ServicePort toModel() {
    V1ServicePort o = new V1ServicePort();
    o.setAppProtocol(appProtocol);
    o.setName(name);
    o.setNodePort(nodePort);
    o.setPort(port);
    o.setProtocol(protocol);
    o.setTargetPort(targetPort);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getAppProtocol() {
    return appProtocol;
  }

  public A withAppProtocol(String appProtocol) {
    this.appProtocol = appProtocol;
    return self();
  }

  public boolean hasAppProtocol() {
    return appProtocol != null;
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

  public Integer getNodePort() {
    return nodePort;
  }

  public A withNodePort(Integer nodePort) {
    this.nodePort = nodePort;
    return self();
  }

  public boolean hasNodePort() {
    return nodePort != null;
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

  public IntOrString getTargetPort() {
    return targetPort;
  }

  public A withTargetPort(IntOrString targetPort) {
    this.targetPort = targetPort;
    return self();
  }

  public boolean hasTargetPort() {
    return targetPort != null;
  }
}
