package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1PodResourceClaimStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodResourceClaimStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodResourceClaimStatusFluent<A extends V1PodResourceClaimStatusFluent<A>> {
  private String name;
  private String resourceClaimName;

  public V1PodResourceClaimStatusFluent() {}

  public V1PodResourceClaimStatusFluent(V1PodResourceClaimStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodResourceClaimStatus instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.resourceClaimName = instance.getResourceClaimName();
    }
  }

  /** A new {@link V1PodResourceClaimStatus} holding what was set (lists and maps copied). */
  V1PodResourceClaimStatus toModel() {
    V1PodResourceClaimStatus o = new V1PodResourceClaimStatus();
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
