package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1BoundObjectReference}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1BoundObjectReferenceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1BoundObjectReferenceFluent<A extends V1BoundObjectReferenceFluent<A>> {
  private String apiVersion;
  private String kind;
  private String name;
  private String uid;

  public V1BoundObjectReferenceFluent() {}

  public V1BoundObjectReferenceFluent(V1BoundObjectReference instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1BoundObjectReference instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
      this.name = instance.getName();
      this.uid = instance.getUid();
    }
  }

  /** A new {@link V1BoundObjectReference} holding what was set (lists and maps copied). */
  V1BoundObjectReference toModel() {
    V1BoundObjectReference o = new V1BoundObjectReference();
    o.setApiVersion(apiVersion);
    o.setKind(kind);
    o.setName(name);
    o.setUid(uid);
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

  public String getUid() {
    return uid;
  }

  public A withUid(String uid) {
    this.uid = uid;
    return self();
  }

  public boolean hasUid() {
    return uid != null;
  }
}
