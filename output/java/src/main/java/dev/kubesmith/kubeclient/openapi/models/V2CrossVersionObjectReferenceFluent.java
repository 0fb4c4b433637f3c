package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V2CrossVersionObjectReference}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V2CrossVersionObjectReferenceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V2CrossVersionObjectReferenceFluent<A extends V2CrossVersionObjectReferenceFluent<A>> {
  private String apiVersion;
  private String kind;
  private String name;

  public V2CrossVersionObjectReferenceFluent() {}

  public V2CrossVersionObjectReferenceFluent(V2CrossVersionObjectReference instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V2CrossVersionObjectReference instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
      this.name = instance.getName();
    }
  }

  /** A new {@link V2CrossVersionObjectReference} holding what was set (lists and maps copied). */
  V2CrossVersionObjectReference toModel() {
    V2CrossVersionObjectReference o = new V2CrossVersionObjectReference();
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
