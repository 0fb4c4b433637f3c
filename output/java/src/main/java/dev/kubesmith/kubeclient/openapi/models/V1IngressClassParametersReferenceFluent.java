package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1IngressClassParametersReference}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1IngressClassParametersReferenceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1IngressClassParametersReferenceFluent<A extends V1IngressClassParametersReferenceFluent<A>> {
  private String apiGroup;
  private String kind;
  private String name;
  private String namespace;
  private String scope;

  public V1IngressClassParametersReferenceFluent() {}

  public V1IngressClassParametersReferenceFluent(V1IngressClassParametersReference instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1IngressClassParametersReference instance) {
    if (instance != null) {
      this.apiGroup = instance.getApiGroup();
      this.kind = instance.getKind();
      this.name = instance.getName();
      this.namespace = instance.getNamespace();
      this.scope = instance.getScope();
    }
  }

  /** A new {@link V1IngressClassParametersReference} holding what was set (lists and maps copied). */
  V1IngressClassParametersReference toModel() {
    V1IngressClassParametersReference o = new V1IngressClassParametersReference();
    o.setApiGroup(apiGroup);
    o.setKind(kind);
    o.setName(name);
    o.setNamespace(namespace);
    o.setScope(scope);
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

  public String getScope() {
    return scope;
  }

  public A withScope(String scope) {
    this.scope = scope;
    return self();
  }

  public boolean hasScope() {
    return scope != null;
  }
}
