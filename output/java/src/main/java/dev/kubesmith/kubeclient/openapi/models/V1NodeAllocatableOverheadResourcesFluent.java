package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;

/**
 * The fluent setters of {@link V1NodeAllocatableOverheadResources}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeAllocatableOverheadResourcesBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeAllocatableOverheadResourcesFluent<A extends V1NodeAllocatableOverheadResourcesFluent<A>> {
  private String name;
  private Quantity perContainer;
  private Quantity perPod;

  public V1NodeAllocatableOverheadResourcesFluent() {}

  public V1NodeAllocatableOverheadResourcesFluent(V1NodeAllocatableOverheadResources instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeAllocatableOverheadResources instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.perContainer = instance.getPerContainer();
      this.perPod = instance.getPerPod();
    }
  }

  /** A new {@link V1NodeAllocatableOverheadResources} holding what was set (lists and maps copied). */
  V1NodeAllocatableOverheadResources toModel() {
    V1NodeAllocatableOverheadResources o = new V1NodeAllocatableOverheadResources();
    o.setName(name);
    o.setPerContainer(perContainer);
    o.setPerPod(perPod);
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
