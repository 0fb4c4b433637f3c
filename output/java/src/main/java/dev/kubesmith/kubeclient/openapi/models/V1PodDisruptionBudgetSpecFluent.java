package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.IntOrString;

/**
 * The fluent setters of {@link V1PodDisruptionBudgetSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodDisruptionBudgetSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodDisruptionBudgetSpecFluent<A extends V1PodDisruptionBudgetSpecFluent<A>> {
  private IntOrString maxUnavailable;
  private IntOrString minAvailable;
  private V1LabelSelector selector;
  private String unhealthyPodEvictionPolicy;

  public V1PodDisruptionBudgetSpecFluent() {}

  public V1PodDisruptionBudgetSpecFluent(V1PodDisruptionBudgetSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodDisruptionBudgetSpec instance) {
    if (instance != null) {
      this.maxUnavailable = instance.getMaxUnavailable();
      this.minAvailable = instance.getMinAvailable();
      this.selector = instance.getSelector();
      this.unhealthyPodEvictionPolicy = instance.getUnhealthyPodEvictionPolicy();
    }
  }

  /** A new {@link V1PodDisruptionBudgetSpec} holding what was set (lists and maps copied). */
  V1PodDisruptionBudgetSpec toModel() {
    V1PodDisruptionBudgetSpec o = new V1PodDisruptionBudgetSpec();
    o.setMaxUnavailable(maxUnavailable);
    o.setMinAvailable(minAvailable);
    o.setSelector(selector);
    o.setUnhealthyPodEvictionPolicy(unhealthyPodEvictionPolicy);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public IntOrString getMaxUnavailable() {
    return maxUnavailable;
  }

  public A withMaxUnavailable(IntOrString maxUnavailable) {
    this.maxUnavailable = maxUnavailable;
    return self();
  }

  public boolean hasMaxUnavailable() {
    return maxUnavailable != null;
  }

  public IntOrString getMinAvailable() {
    return minAvailable;
  }

  public A withMinAvailable(IntOrString minAvailable) {
    this.minAvailable = minAvailable;
    return self();
  }

  public boolean hasMinAvailable() {
    return minAvailable != null;
  }

  public V1LabelSelector getSelector() {
    return selector;
  }

  public A withSelector(V1LabelSelector selector) {
    this.selector = selector;
    return self();
  }

  public boolean hasSelector() {
    return selector != null;
  }

  public V1LabelSelector buildSelector() {
    return selector;
  }

  public SelectorNested withNewSelector() {
    return new SelectorNested(null);
  }

  public SelectorNested withNewSelectorLike(V1LabelSelector item) {
    return new SelectorNested(item);
  }

  public SelectorNested editSelector() {
    return new SelectorNested(selector);
  }

  public SelectorNested editOrNewSelector() {
    return new SelectorNested(selector != null ? selector : new V1LabelSelector());
  }

  public SelectorNested editOrNewSelectorLike(V1LabelSelector item) {
    return new SelectorNested(selector != null ? selector : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SelectorNested extends V1LabelSelectorFluent<SelectorNested> {
    SelectorNested(V1LabelSelector item) {
      super(item);
    }

    public A and() {
      return V1PodDisruptionBudgetSpecFluent.this.withSelector(toModel());
    }

    public A endSelector() {
      return and();
    }
  }

  public String getUnhealthyPodEvictionPolicy() {
    return unhealthyPodEvictionPolicy;
  }

  public A withUnhealthyPodEvictionPolicy(String unhealthyPodEvictionPolicy) {
    this.unhealthyPodEvictionPolicy = unhealthyPodEvictionPolicy;
    return self();
  }

  public boolean hasUnhealthyPodEvictionPolicy() {
    return unhealthyPodEvictionPolicy != null;
  }
}
