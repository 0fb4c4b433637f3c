package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;

/**
 * The fluent setters of {@link V1alpha3ShareableCapacityStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3ShareableCapacityStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3ShareableCapacityStatusFluent<A extends V1alpha3ShareableCapacityStatusFluent<A>> {
  private Quantity available;
  private Quantity consumed;
  private String name;
  private Quantity total;

  public V1alpha3ShareableCapacityStatusFluent() {}

  public V1alpha3ShareableCapacityStatusFluent(V1alpha3ShareableCapacityStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3ShareableCapacityStatus instance) {
    if (instance != null) {
      this.available = instance.getAvailable();
      this.consumed = instance.getConsumed();
      this.name = instance.getName();
      this.total = instance.getTotal();
    }
  }

  /** A new {@link V1alpha3ShareableCapacityStatus} holding what was set (lists and maps copied). */
  V1alpha3ShareableCapacityStatus toModel() {
    V1alpha3ShareableCapacityStatus o = new V1alpha3ShareableCapacityStatus();
    o.setAvailable(available);
    o.setConsumed(consumed);
    o.setName(name);
    o.setTotal(total);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Quantity getAvailable() {
    return available;
  }

  public A withAvailable(Quantity available) {
    this.available = available;
    return self();
  }

  public boolean hasAvailable() {
    return available != null;
  }

  public Quantity getConsumed() {
    return consumed;
  }

  public A withConsumed(Quantity consumed) {
    this.consumed = consumed;
    return self();
  }

  public boolean hasConsumed() {
    return consumed != null;
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

  public Quantity getTotal() {
    return total;
  }

  public A withTotal(Quantity total) {
    this.total = total;
    return self();
  }

  public boolean hasTotal() {
    return total != null;
  }
}
