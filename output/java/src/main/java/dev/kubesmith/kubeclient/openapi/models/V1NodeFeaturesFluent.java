package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1NodeFeatures}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeFeaturesBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeFeaturesFluent<A extends V1NodeFeaturesFluent<A>> {
  private Boolean supplementalGroupsPolicy;

  public V1NodeFeaturesFluent() {}

  public V1NodeFeaturesFluent(V1NodeFeatures instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeFeatures instance) {
    if (instance != null) {
      this.supplementalGroupsPolicy = instance.getSupplementalGroupsPolicy();
    }
  }

  /** A new {@link V1NodeFeatures} holding what was set (lists and maps copied). */
  V1NodeFeatures toModel() {
    V1NodeFeatures o = new V1NodeFeatures();
    o.setSupplementalGroupsPolicy(supplementalGroupsPolicy);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Boolean getSupplementalGroupsPolicy() {
    return supplementalGroupsPolicy;
  }

  public A withSupplementalGroupsPolicy(Boolean supplementalGroupsPolicy) {
    this.supplementalGroupsPolicy = supplementalGroupsPolicy;
    return self();
  }

  public boolean hasSupplementalGroupsPolicy() {
    return supplementalGroupsPolicy != null;
  }
}
