package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link AdmissionregistrationV1ServiceReference}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link AdmissionregistrationV1ServiceReferenceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class AdmissionregistrationV1ServiceReferenceFluent<A extends AdmissionregistrationV1ServiceReferenceFluent<A>> {
  private String name;
  private String namespace;
  private String path;
  private Integer port;

  public AdmissionregistrationV1ServiceReferenceFluent() {}

  public AdmissionregistrationV1ServiceReferenceFluent(AdmissionregistrationV1ServiceReference instance) {
    copyInstance(instance);
  }

  protected void copyInstance(AdmissionregistrationV1ServiceReference instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.namespace = instance.getNamespace();
      this.path = instance.getPath();
      this.port = instance.getPort();
    }
  }

  /** A new {@link AdmissionregistrationV1ServiceReference} holding what was set (lists and maps copied). */
  AdmissionregistrationV1ServiceReference toModel() {
    AdmissionregistrationV1ServiceReference o = new AdmissionregistrationV1ServiceReference();
    o.setName(name);
    o.setNamespace(namespace);
    o.setPath(path);
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

  public String getPath() {
    return path;
  }

  public A withPath(String path) {
    this.path = path;
    return self();
  }

  public boolean hasPath() {
    return path != null;
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
