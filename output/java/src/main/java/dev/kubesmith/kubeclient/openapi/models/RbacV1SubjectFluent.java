package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link RbacV1Subject}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link RbacV1SubjectBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class RbacV1SubjectFluent<A extends RbacV1SubjectFluent<A>> {
  private String apiGroup;
  private String kind;
  private String name;
  private String namespace;

  public RbacV1SubjectFluent() {}

  public RbacV1SubjectFluent(RbacV1Subject instance) {
    copyInstance(instance);
  }

  protected void copyInstance(RbacV1Subject instance) {
    if (instance != null) {
      this.apiGroup = instance.getApiGroup();
      this.kind = instance.getKind();
      this.name = instance.getName();
      this.namespace = instance.getNamespace();
    }
  }

  /** A new {@link RbacV1Subject} holding what was set (lists and maps copied). */
  RbacV1Subject toModel() {
    RbacV1Subject o = new RbacV1Subject();
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
