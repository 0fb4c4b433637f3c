package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V2ResourceMetricStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V2ResourceMetricStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V2ResourceMetricStatusFluent<A extends V2ResourceMetricStatusFluent<A>> {
  private V2MetricValueStatus current;
  private String name;

  public V2ResourceMetricStatusFluent() {}

  public V2ResourceMetricStatusFluent(V2ResourceMetricStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V2ResourceMetricStatus instance) {
    if (instance != null) {
      this.current = instance.getCurrent();
      this.name = instance.getName();
    }
  }

  /** A new {@link V2ResourceMetricStatus} holding what was set (lists and maps copied). */
  V2ResourceMetricStatus toModel() {
    V2ResourceMetricStatus o = new V2ResourceMetricStatus();
    o.setCurrent(current);
    o.setName(name);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V2MetricValueStatus getCurrent() {
    return current;
  }

  public A withCurrent(V2MetricValueStatus current) {
    this.current = current;
    return self();
  }

  public boolean hasCurrent() {
    return current != null;
  }

  public V2MetricValueStatus buildCurrent() {
    return current;
  }

  public CurrentNested withNewCurrent() {
    return new CurrentNested(null);
  }

  public CurrentNested withNewCurrentLike(V2MetricValueStatus item) {
    return new CurrentNested(item);
  }

  public CurrentNested editCurrent() {
    return new CurrentNested(current);
  }

  public CurrentNested editOrNewCurrent() {
    return new CurrentNested(current != null ? current : new V2MetricValueStatus());
  }

  public CurrentNested editOrNewCurrentLike(V2MetricValueStatus item) {
    return new CurrentNested(current != null ? current : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class CurrentNested extends V2MetricValueStatusFluent<CurrentNested> {
    CurrentNested(V2MetricValueStatus item) {
      super(item);
    }

    public A and() {
      return V2ResourceMetricStatusFluent.this.withCurrent(toModel());
    }

    public A endCurrent() {
      return and();
    }
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
}
