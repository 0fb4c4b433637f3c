package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;

/**
 * The fluent setters of {@link V1Counter}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CounterBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CounterFluent<A extends V1CounterFluent<A>> {
  private Quantity value;

  public V1CounterFluent() {}

  public V1CounterFluent(V1Counter instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Counter instance) {
    if (instance != null) {
      this.value = instance.getValue();
    }
  }

  /** A new {@link V1Counter} holding what was set (lists and maps copied). */
  V1Counter toModel() {
    V1Counter o = new V1Counter();
    o.setValue(value);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Quantity getValue() {
    return value;
  }

  public A withValue(Quantity value) {
    this.value = value;
    return self();
  }

  public boolean hasValue() {
    return value != null;
  }
}
