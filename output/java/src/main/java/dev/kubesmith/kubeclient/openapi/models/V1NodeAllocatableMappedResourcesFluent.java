package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;

/**
 * The fluent setters of {@link V1NodeAllocatableMappedResources}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeAllocatableMappedResourcesBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeAllocatableMappedResourcesFluent<A extends V1NodeAllocatableMappedResourcesFluent<A>> {
  private String name;
  private Quantity quantity;

  public V1NodeAllocatableMappedResourcesFluent() {}

  public V1NodeAllocatableMappedResourcesFluent(V1NodeAllocatableMappedResources instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeAllocatableMappedResources instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.quantity = instance.getQuantity();
    }
  }

  /** A new {@link V1NodeAllocatableMappedResources} holding what was set (lists and maps copied). */
  V1NodeAllocatableMappedResources toModel() {
    V1NodeAllocatableMappedResources o = new V1NodeAllocatableMappedResources();
    o.setName(name);
    o.setQuantity(quantity);
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

  public Quantity getQuantity() {
    return quantity;
  }

  public A withQuantity(Quantity quantity) {
    this.quantity = quantity;
    return self();
  }

  public boolean hasQuantity() {
    return quantity != null;
  }
}
