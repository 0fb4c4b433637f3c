package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1PodResourceClaim}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodResourceClaimBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodResourceClaimFluent<A extends V1PodResourceClaimFluent<A>> {
  private String name;
  private String resourceClaimName;
  private String resourceClaimTemplateName;

  public V1PodResourceClaimFluent() {}

  public V1PodResourceClaimFluent(V1PodResourceClaim instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodResourceClaim instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.resourceClaimName = instance.getResourceClaimName();
      this.resourceClaimTemplateName = instance.getResourceClaimTemplateName();
    }
  }

  /** A new {@link V1PodResourceClaim} holding what was set (lists and maps copied). */
  V1PodResourceClaim toModel() {
    V1PodResourceClaim o = new V1PodResourceClaim();
    o.setName(name);
    o.setResourceClaimName(resourceClaimName);
    o.setResourceClaimTemplateName(resourceClaimTemplateName);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
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

  public String getResourceClaimName() {
    return resourceClaimName;
  }

  public A withResourceClaimName(String resourceClaimName) {
    this.resourceClaimName = resourceClaimName;
    return self();
  }

  public boolean hasResourceClaimName() {
    return resourceClaimName != null;
  }

  public String getResourceClaimTemplateName() {
    return resourceClaimTemplateName;
  }

  public A withResourceClaimTemplateName(String resourceClaimTemplateName) {
    this.resourceClaimTemplateName = resourceClaimTemplateName;
    return self();
  }

  public boolean hasResourceClaimTemplateName() {
    return resourceClaimTemplateName != null;
  }
}
