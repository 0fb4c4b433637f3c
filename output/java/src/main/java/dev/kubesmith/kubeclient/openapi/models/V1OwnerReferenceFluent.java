package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1OwnerReference}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1OwnerReferenceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1OwnerReferenceFluent<A extends V1OwnerReferenceFluent<A>> {
  private String apiVersion;
  private Boolean blockOwnerDeletion;
  private Boolean controller;
  private String kind;
  private String name;
  private String uid;

  public V1OwnerReferenceFluent() {}

  public V1OwnerReferenceFluent(V1OwnerReference instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1OwnerReference instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.blockOwnerDeletion = instance.getBlockOwnerDeletion();
      this.controller = instance.getController();
      this.kind = instance.getKind();
      this.name = instance.getName();
      this.uid = instance.getUid();
    }
  }

  /** A new {@link V1OwnerReference} holding what was set (lists and maps copied). */
  V1OwnerReference toModel() {
    V1OwnerReference o = new V1OwnerReference();
    o.setApiVersion(apiVersion);
    o.setBlockOwnerDeletion(blockOwnerDeletion);
    o.setController(controller);
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

  public Boolean getBlockOwnerDeletion() {
    return blockOwnerDeletion;
  }

  public A withBlockOwnerDeletion(Boolean blockOwnerDeletion) {
    this.blockOwnerDeletion = blockOwnerDeletion;
    return self();
  }

  public boolean hasBlockOwnerDeletion() {
    return blockOwnerDeletion != null;
  }

  public Boolean getController() {
    return controller;
  }

  public A withController(Boolean controller) {
    this.controller = controller;
    return self();
  }

  public boolean hasController() {
    return controller != null;
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
