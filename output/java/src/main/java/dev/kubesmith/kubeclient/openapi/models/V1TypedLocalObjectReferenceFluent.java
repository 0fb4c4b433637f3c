package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1TypedLocalObjectReference}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1TypedLocalObjectReferenceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1TypedLocalObjectReferenceFluent<A extends V1TypedLocalObjectReferenceFluent<A>> {
  private String apiGroup;
  private String kind;
  private String name;

  public V1TypedLocalObjectReferenceFluent() {}

  public V1TypedLocalObjectReferenceFluent(V1TypedLocalObjectReference instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1TypedLocalObjectReference instance) {
    if (instance != null) {
      this.apiGroup = instance.getApiGroup();
      this.kind = instance.getKind();
      this.name = instance.getName();
    }
  }

  /** A new {@link V1TypedLocalObjectReference} holding what was set (lists and maps copied). */
  V1TypedLocalObjectReference toModel() {
    V1TypedLocalObjectReference o = new V1TypedLocalObjectReference();
    o.setApiGroup(apiGroup);
    o.setKind(kind);
    o.setName(name);
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
}
