package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link CoreV1EndpointPort}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link CoreV1EndpointPortBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class CoreV1EndpointPortFluent<A extends CoreV1EndpointPortFluent<A>> {
  private String appProtocol;
  private String name;
  private Integer port;
  private String protocol;

  public CoreV1EndpointPortFluent() {}

  public CoreV1EndpointPortFluent(CoreV1EndpointPort instance) {
    copyInstance(instance);
  }

  protected void copyInstance(CoreV1EndpointPort instance) {
    if (instance != null) {
      this.appProtocol = instance.getAppProtocol();
      this.name = instance.getName();
      this.port = instance.getPort();
      this.protocol = instance.getProtocol();
    }
  }

  /** A new {@link CoreV1EndpointPort} holding what was set (lists and maps copied). */
  CoreV1EndpointPort toModel() {
    CoreV1EndpointPort o = new CoreV1EndpointPort();
    o.setAppProtocol(appProtocol);
    o.setName(name);
    o.setPort(port);
    o.setProtocol(protocol);
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
