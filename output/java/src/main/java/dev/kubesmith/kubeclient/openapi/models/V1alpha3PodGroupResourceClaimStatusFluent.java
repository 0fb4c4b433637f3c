package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3PodGroupResourceClaimStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3PodGroupResourceClaimStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3PodGroupResourceClaimStatusFluent<A extends V1alpha3PodGroupResourceClaimStatusFluent<A>> {
  private String name;
  private String resourceClaimName;

  public V1alpha3PodGroupResourceClaimStatusFluent() {}

  public V1alpha3PodGroupResourceClaimStatusFluent(V1alpha3PodGroupResourceClaimStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3PodGroupResourceClaimStatus instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.resourceClaimName = instance.getResourceClaimName();
    }
  }

  /** A new {@link V1alpha3PodGroupResourceClaimStatus} holding what was set (lists and maps copied). */
  V1alpha3PodGroupResourceClaimStatus toModel() {
    V1alpha3PodGroupResourceClaimStatus o = new V1alpha3PodGroupResourceClaimStatus();
    o.setName(name);
    o.setResourceClaimName(resourceClaimName);
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
}
