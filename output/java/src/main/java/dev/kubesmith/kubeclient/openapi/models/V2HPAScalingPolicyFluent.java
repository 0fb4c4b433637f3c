package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V2HPAScalingPolicy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V2HPAScalingPolicyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V2HPAScalingPolicyFluent<A extends V2HPAScalingPolicyFluent<A>> {
  private Integer periodSeconds;
  private String type;
  private Integer value;

  public V2HPAScalingPolicyFluent() {}

  public V2HPAScalingPolicyFluent(V2HPAScalingPolicy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V2HPAScalingPolicy instance) {
    if (instance != null) {
      this.periodSeconds = instance.getPeriodSeconds();
      this.type = instance.getType();
      this.value = instance.getValue();
    }
  }

  /** A new {@link V2HPAScalingPolicy} holding what was set (lists and maps copied). */
  V2HPAScalingPolicy toModel() {
    V2HPAScalingPolicy o = new V2HPAScalingPolicy();
    o.setPeriodSeconds(periodSeconds);
    o.setType(type);
    o.setValue(value);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getPeriodSeconds() {
    return periodSeconds;
  }

  public A withPeriodSeconds(Integer periodSeconds) {
    this.periodSeconds = periodSeconds;
    return self();
  }

  public boolean hasPeriodSeconds() {
    return periodSeconds != null;
  }

  public String getType() {
    return type;
  }

  public A withType(String type) {
    this.type = type;
    return self();
  }

  public boolean hasType() {
    return type != null;
  }

  public Integer getValue() {
    return value;
  }

  public A withValue(Integer value) {
    this.value = value;
    return self();
  }

  public boolean hasValue() {
    return value != null;
  }
}
