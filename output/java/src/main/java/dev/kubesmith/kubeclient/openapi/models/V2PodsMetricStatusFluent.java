package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V2PodsMetricStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V2PodsMetricStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V2PodsMetricStatusFluent<A extends V2PodsMetricStatusFluent<A>> {
  private V2MetricValueStatus current;
  private V2MetricIdentifier metric;

  public V2PodsMetricStatusFluent() {}

  public V2PodsMetricStatusFluent(V2PodsMetricStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V2PodsMetricStatus instance) {
    if (instance != null) {
      this.current = instance.getCurrent();
      this.metric = instance.getMetric();
    }
  }

  /** A new {@link V2PodsMetricStatus} holding what was set (lists and maps copied). */
  V2PodsMetricStatus toModel() {
    V2PodsMetricStatus o = new V2PodsMetricStatus();
    o.setCurrent(current);
    o.setMetric(metric);
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
      return V2PodsMetricStatusFluent.this.withCurrent(toModel());
    }

    public A endCurrent() {
      return and();
    }
  }

  public V2MetricIdentifier getMetric() {
    return metric;
  }

  public A withMetric(V2MetricIdentifier metric) {
    this.metric = metric;
    return self();
  }

  public boolean hasMetric() {
    return metric != null;
  }

  public V2MetricIdentifier buildMetric() {
    return metric;
  }

  public MetricNested withNewMetric() {
    return new MetricNested(null);
  }

  public MetricNested withNewMetricLike(V2MetricIdentifier item) {
    return new MetricNested(item);
  }

  public MetricNested editMetric() {
    return new MetricNested(metric);
  }

  public MetricNested editOrNewMetric() {
    return new MetricNested(metric != null ? metric : new V2MetricIdentifier());
  }

  public MetricNested editOrNewMetricLike(V2MetricIdentifier item) {
    return new MetricNested(metric != null ? metric : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class MetricNested extends V2MetricIdentifierFluent<MetricNested> {
    MetricNested(V2MetricIdentifier item) {
      super(item);
    }

    public A and() {
      return V2PodsMetricStatusFluent.this.withMetric(toModel());
    }

    public A endMetric() {
      return and();
    }
  }
}
