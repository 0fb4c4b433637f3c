package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;

/**
 * The fluent setters of {@link V1NodeAllocatableOverhead}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeAllocatableOverheadBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeAllocatableOverheadFluent<A extends V1NodeAllocatableOverheadFluent<A>> {
  private Quantity perContainer;
  private Quantity perPod;

  public V1NodeAllocatableOverheadFluent() {}

  public V1NodeAllocatableOverheadFluent(V1NodeAllocatableOverhead instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeAllocatableOverhead instance) {
    if (instance != null) {
      this.perContainer = instance.getPerContainer();
      this.perPod = instance.getPerPod();
    }
  }

  /** A new {@link V1NodeAllocatableOverhead} holding what was set (lists and maps copied). */
  V1NodeAllocatableOverhead toModel() {
    V1NodeAllocatableOverhead o = new V1NodeAllocatableOverhead();
    o.setPerContainer(perContainer);
    o.setPerPod(perPod);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Quantity getPerContainer() {
    return perContainer;
  }

  public A withPerContainer(Quantity perContainer) {
    this.perContainer = perContainer;
    return self();
  }

  public boolean hasPerContainer() {
    return perContainer != null;
  }

  public Quantity getPerPod() {
    return perPod;
  }

  public A withPerPod(Quantity perPod) {
    this.perPod = perPod;
    return self();
  }

  public boolean hasPerPod() {
    return perPod != null;
  }
}
