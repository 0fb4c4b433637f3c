package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link ApiregistrationV1ServiceReference}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link ApiregistrationV1ServiceReferenceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class ApiregistrationV1ServiceReferenceFluent<A extends ApiregistrationV1ServiceReferenceFluent<A>> {
  private String name;
  private String namespace;
  private Integer port;

  public ApiregistrationV1ServiceReferenceFluent() {}

  public ApiregistrationV1ServiceReferenceFluent(ApiregistrationV1ServiceReference instance) {
    copyInstance(instance);
  }

  protected void copyInstance(ApiregistrationV1ServiceReference instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.namespace = instance.getNamespace();
      this.port = instance.getPort();
    }
  }

  /** A new {@link ApiregistrationV1ServiceReference} holding what was set (lists and maps copied). */
  ApiregistrationV1ServiceReference toModel() {
    ApiregistrationV1ServiceReference o = new ApiregistrationV1ServiceReference();
    o.setName(name);
    o.setNamespace(namespace);
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

  public String getNamespace() {
    return namespace;
  }

  public A withNamespace(String namespace) {
    this.namespace = namespace;
    return self();
  }

  public boolean hasNamespace() {
    return namespace != null;
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
}
