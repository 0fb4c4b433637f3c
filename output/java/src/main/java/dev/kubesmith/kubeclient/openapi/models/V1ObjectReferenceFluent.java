package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ObjectReference}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ObjectReferenceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ObjectReferenceFluent<A extends V1ObjectReferenceFluent<A>> {
  private String apiVersion;
  private String fieldPath;
  private String kind;
  private String name;
  private String namespace;
  private String resourceVersion;
  private String uid;

  public V1ObjectReferenceFluent() {}

  public V1ObjectReferenceFluent(V1ObjectReference instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ObjectReference instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.fieldPath = instance.getFieldPath();
      this.kind = instance.getKind();
      this.name = instance.getName();
      this.namespace = instance.getNamespace();
      this.resourceVersion = instance.getResourceVersion();
      this.uid = instance.getUid();
    }
  }

  /** A new {@link V1ObjectReference} holding what was set (lists and maps copied). */
  V1ObjectReference toModel() {
    V1ObjectReference o = new V1ObjectReference();
    o.setApiVersion(apiVersion);
    o.setFieldPath(fieldPath);
    o.setKind(kind);
    o.setName(name);
    o.setNamespace(namespace);
    o.setResourceVersion(resourceVersion);
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

  public String getFieldPath() {
    return fieldPath;
  }

  public A withFieldPath(String fieldPath) {
    this.fieldPath = fieldPath;
    return self();
  }

  public boolean hasFieldPath() {
    return fieldPath != null;
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

  public String getResourceVersion() {
    return resourceVersion;
  }

  public A withResourceVersion(String resourceVersion) {
    this.resourceVersion = resourceVersion;
    return self();
  }

  public boolean hasResourceVersion() {
    return resourceVersion != null;
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
