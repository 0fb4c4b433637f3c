package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1CompositeGangSchedulingPolicy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1CompositeGangSchedulingPolicyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1CompositeGangSchedulingPolicyFluent<A extends V1beta1CompositeGangSchedulingPolicyFluent<A>> {
  private Integer minGroupCount;

  public V1beta1CompositeGangSchedulingPolicyFluent() {}

  public V1beta1CompositeGangSchedulingPolicyFluent(V1beta1CompositeGangSchedulingPolicy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1CompositeGangSchedulingPolicy instance) {
    if (instance != null) {
      this.minGroupCount = instance.getMinGroupCount();
    }
  }

  /** A new {@link V1beta1CompositeGangSchedulingPolicy} holding what was set (lists and maps copied). */
  V1beta1CompositeGangSchedulingPolicy toModel() {
    V1beta1CompositeGangSchedulingPolicy o = new V1beta1CompositeGangSchedulingPolicy();
    o.setMinGroupCount(minGroupCount);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getMinGroupCount() {
    return minGroupCount;
  }

  public A withMinGroupCount(Integer minGroupCount) {
    this.minGroupCount = minGroupCount;
    return self();
  }

  public boolean hasMinGroupCount() {
    return minGroupCount != null;
  }
}
