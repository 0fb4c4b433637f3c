package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3WorkloadPodGroupResourceClaim}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3WorkloadPodGroupResourceClaimBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3WorkloadPodGroupResourceClaimFluent<A extends V1alpha3WorkloadPodGroupResourceClaimFluent<A>> {
  private String name;
  private String resourceClaimName;
  private String resourceClaimTemplateName;

  public V1alpha3WorkloadPodGroupResourceClaimFluent() {}

  public V1alpha3WorkloadPodGroupResourceClaimFluent(V1alpha3WorkloadPodGroupResourceClaim instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3WorkloadPodGroupResourceClaim instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.resourceClaimName = instance.getResourceClaimName();
      this.resourceClaimTemplateName = instance.getResourceClaimTemplateName();
    }
  }

  /** A new {@link V1alpha3WorkloadPodGroupResourceClaim} holding what was set (lists and maps copied). */
  V1alpha3WorkloadPodGroupResourceClaim toModel() {
    V1alpha3WorkloadPodGroupResourceClaim o = new V1alpha3WorkloadPodGroupResourceClaim();
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
