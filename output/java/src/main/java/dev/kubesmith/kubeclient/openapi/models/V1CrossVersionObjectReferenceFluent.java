package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1CrossVersionObjectReference}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CrossVersionObjectReferenceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CrossVersionObjectReferenceFluent<A extends V1CrossVersionObjectReferenceFluent<A>> {
  private String apiVersion;
  private String kind;
  private String name;

  public V1CrossVersionObjectReferenceFluent() {}

  public V1CrossVersionObjectReferenceFluent(V1CrossVersionObjectReference instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CrossVersionObjectReference instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
      this.name = instance.getName();
    }
  }

  /** A new {@link V1CrossVersionObjectReference} holding what was set (lists and maps copied). */
  V1CrossVersionObjectReference toModel() {
    V1CrossVersionObjectReference o = new V1CrossVersionObjectReference();
    o.setApiVersion(apiVersion);
    o.setKind(kind);
    o.setName(name);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getApiVersion() {
    return apiVersion;
  }

  public A withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return self();
  }

  public boolean hasApiVersion() {
    return apiVersion != null;
  }

  public String getKind() {
    return kind;
  }

  public A withKind(String kind) {
    this.kind = kind;
    return self();
  }

  public boolean hasKind() {
    return kind != null;
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
}
