package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;

/**
 * The fluent setters of {@link V2MetricValueStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V2MetricValueStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V2MetricValueStatusFluent<A extends V2MetricValueStatusFluent<A>> {
  private Integer averageUtilization;
  private Quantity averageValue;
  private Quantity value;

  public V2MetricValueStatusFluent() {}

  public V2MetricValueStatusFluent(V2MetricValueStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V2MetricValueStatus instance) {
    if (instance != null) {
      this.averageUtilization = instance.getAverageUtilization();
      this.averageValue = instance.getAverageValue();
      this.value = instance.getValue();
    }
  }

  /** A new {@link V2MetricValueStatus} holding what was set (lists and maps copied). */
  V2MetricValueStatus toModel() {
    V2MetricValueStatus o = new V2MetricValueStatus();
    o.setAverageUtilization(averageUtilization);
    o.setAverageValue(averageValue);
    o.setValue(value);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getAverageUtilization() {
    return averageUtilization;
  }

  public A withAverageUtilization(Integer averageUtilization) {
    this.averageUtilization = averageUtilization;
    return self();
  }

  public boolean hasAverageUtilization() {
    return averageUtilization != null;
  }

  public Quantity getAverageValue() {
    return averageValue;
  }

  public A withAverageValue(Quantity averageValue) {
    this.averageValue = averageValue;
    return self();
  }

  public boolean hasAverageValue() {
    return averageValue != null;
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
