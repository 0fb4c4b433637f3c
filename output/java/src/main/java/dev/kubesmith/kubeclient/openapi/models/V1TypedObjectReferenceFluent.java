package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1TypedObjectReference}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1TypedObjectReferenceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1TypedObjectReferenceFluent<A extends V1TypedObjectReferenceFluent<A>> {
  private String apiGroup;
  private String kind;
  private String name;
  private String namespace;

  public V1TypedObjectReferenceFluent() {}

  public V1TypedObjectReferenceFluent(V1TypedObjectReference instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1TypedObjectReference instance) {
    if (instance != null) {
      this.apiGroup = instance.getApiGroup();
      this.kind = instance.getKind();
      this.name = instance.getName();
      this.namespace = instance.getNamespace();
    }
  }

  /** A new {@link V1TypedObjectReference} holding what was set (lists and maps copied). */
  V1TypedObjectReference toModel() {
    V1TypedObjectReference o = new V1TypedObjectReference();
    o.setApiGroup(apiGroup);
    o.setKind(kind);
    o.setName(name);
    o.setNamespace(namespace);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getApiGroup() {
    return apiGroup;
  }

  public A withApiGroup(String apiGroup) {
    this.apiGroup = apiGroup;
    return self();
  }

  public boolean hasApiGroup() {
    return apiGroup != null;
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
}
