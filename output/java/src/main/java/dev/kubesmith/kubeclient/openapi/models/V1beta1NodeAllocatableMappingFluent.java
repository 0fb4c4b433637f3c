package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;

/**
 * The fluent setters of {@link V1beta1NodeAllocatableMapping}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1NodeAllocatableMappingBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1NodeAllocatableMappingFluent<A extends V1beta1NodeAllocatableMappingFluent<A>> {
  private String capacityKey;
  private Quantity capacityMultiplier;
  private Quantity deviceMultiplier;

  public V1beta1NodeAllocatableMappingFluent() {}

  public V1beta1NodeAllocatableMappingFluent(V1beta1NodeAllocatableMapping instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1NodeAllocatableMapping instance) {
    if (instance != null) {
      this.capacityKey = instance.getCapacityKey();
      this.capacityMultiplier = instance.getCapacityMultiplier();
      this.deviceMultiplier = instance.getDeviceMultiplier();
    }
  }

  /** A new {@link V1beta1NodeAllocatableMapping} holding what was set (lists and maps copied). */
  V1beta1NodeAllocatableMapping toModel() {
    V1beta1NodeAllocatableMapping o = new V1beta1NodeAllocatableMapping();
    o.setCapacityKey(capacityKey);
    o.setCapacityMultiplier(capacityMultiplier);
    o.setDeviceMultiplier(deviceMultiplier);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getCapacityKey() {
    return capacityKey;
  }

  public A withCapacityKey(String capacityKey) {
    this.capacityKey = capacityKey;
    return self();
  }

  public boolean hasCapacityKey() {
    return capacityKey != null;
  }

  public Quantity getCapacityMultiplier() {
    return capacityMultiplier;
  }

  public A withCapacityMultiplier(Quantity capacityMultiplier) {
    this.capacityMultiplier = capacityMultiplier;
    return self();
  }

  public boolean hasCapacityMultiplier() {
    return capacityMultiplier != null;
  }

  public Quantity getDeviceMultiplier() {
    return deviceMultiplier;
  }

  public A withDeviceMultiplier(Quantity deviceMultiplier) {
    this.deviceMultiplier = deviceMultiplier;
    return self();
  }

  public boolean hasDeviceMultiplier() {
    return deviceMultiplier != null;
  }
}
