package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;

/**
 * The fluent setters of {@link V1beta1CapacityRequestPolicyRange}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1CapacityRequestPolicyRangeBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1CapacityRequestPolicyRangeFluent<A extends V1beta1CapacityRequestPolicyRangeFluent<A>> {
  private Quantity max;
  private Quantity min;
  private Quantity step;

  public V1beta1CapacityRequestPolicyRangeFluent() {}

  public V1beta1CapacityRequestPolicyRangeFluent(V1beta1CapacityRequestPolicyRange instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1CapacityRequestPolicyRange instance) {
    if (instance != null) {
      this.max = instance.getMax();
      this.min = instance.getMin();
      this.step = instance.getStep();
    }
  }

  /** A new {@link V1beta1CapacityRequestPolicyRange} holding what was set (lists and maps copied). */
  V1beta1CapacityRequestPolicyRange toModel() {
    V1beta1CapacityRequestPolicyRange o = new V1beta1CapacityRequestPolicyRange();
    o.setMax(max);
    o.setMin(min);
    o.setStep(step);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Quantity getMax() {
    return max;
  }

  public A withMax(Quantity max) {
    this.max = max;
    return self();
  }

  public boolean hasMax() {
    return max != null;
  }

  public Quantity getMin() {
    return min;
  }

  public A withMin(Quantity min) {
    this.min = min;
    return self();
  }

  public boolean hasMin() {
    return min != null;
  }

  public Quantity getStep() {
    return step;
  }

  public A withStep(Quantity step) {
    this.step = step;
    return self();
  }

  public boolean hasStep() {
    return step != null;
  }
}
