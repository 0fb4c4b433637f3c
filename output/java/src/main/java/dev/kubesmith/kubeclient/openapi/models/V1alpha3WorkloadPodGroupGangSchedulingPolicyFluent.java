package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3WorkloadPodGroupGangSchedulingPolicy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3WorkloadPodGroupGangSchedulingPolicyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3WorkloadPodGroupGangSchedulingPolicyFluent<A extends V1alpha3WorkloadPodGroupGangSchedulingPolicyFluent<A>> {
  private Integer minCount;

  public V1alpha3WorkloadPodGroupGangSchedulingPolicyFluent() {}

  public V1alpha3WorkloadPodGroupGangSchedulingPolicyFluent(V1alpha3WorkloadPodGroupGangSchedulingPolicy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3WorkloadPodGroupGangSchedulingPolicy instance) {
    if (instance != null) {
      this.minCount = instance.getMinCount();
    }
  }

  /** A new {@link V1alpha3WorkloadPodGroupGangSchedulingPolicy} holding what was set (lists and maps copied). */
  V1alpha3WorkloadPodGroupGangSchedulingPolicy toModel() {
    V1alpha3WorkloadPodGroupGangSchedulingPolicy o = new V1alpha3WorkloadPodGroupGangSchedulingPolicy();
    o.setMinCount(minCount);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getMinCount() {
    return minCount;
  }

  public A withMinCount(Integer minCount) {
    this.minCount = minCount;
    return self();
  }

  public boolean hasMinCount() {
    return minCount != null;
  }
}
