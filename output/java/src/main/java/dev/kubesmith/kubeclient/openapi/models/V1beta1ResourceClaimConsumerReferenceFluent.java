package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1ResourceClaimConsumerReference}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1ResourceClaimConsumerReferenceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1ResourceClaimConsumerReferenceFluent<A extends V1beta1ResourceClaimConsumerReferenceFluent<A>> {
  private String apiGroup;
  private String name;
  private String resource;
  private String uid;

  public V1beta1ResourceClaimConsumerReferenceFluent() {}

  public V1beta1ResourceClaimConsumerReferenceFluent(V1beta1ResourceClaimConsumerReference instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1ResourceClaimConsumerReference instance) {
    if (instance != null) {
      this.apiGroup = instance.getApiGroup();
      this.name = instance.getName();
      this.resource = instance.getResource();
      this.uid = instance.getUid();
    }
  }

  /** A new {@link V1beta1ResourceClaimConsumerReference} holding what was set (lists and maps copied). */
  V1beta1ResourceClaimConsumerReference toModel() {
    V1beta1ResourceClaimConsumerReference o = new V1beta1ResourceClaimConsumerReference();
    o.setApiGroup(apiGroup);
    o.setName(name);
    o.setResource(resource);
    o.setUid(uid);
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

  public String getResource() {
    return resource;
  }

  public A withResource(String resource) {
    this.resource = resource;
    return self();
  }

  public boolean hasResource() {
    return resource != null;
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
