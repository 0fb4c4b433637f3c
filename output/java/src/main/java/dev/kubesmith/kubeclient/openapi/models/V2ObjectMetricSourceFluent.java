package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V2ObjectMetricSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V2ObjectMetricSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V2ObjectMetricSourceFluent<A extends V2ObjectMetricSourceFluent<A>> {
  private V2CrossVersionObjectReference describedObject;
  private V2MetricIdentifier metric;
  private V2MetricTarget target;

  public V2ObjectMetricSourceFluent() {}

  public V2ObjectMetricSourceFluent(V2ObjectMetricSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V2ObjectMetricSource instance) {
    if (instance != null) {
      this.describedObject = instance.getDescribedObject();
      this.metric = instance.getMetric();
      this.target = instance.getTarget();
    }
  }

  /** A new {@link V2ObjectMetricSource} holding what was set (lists and maps copied). */
  V2ObjectMetricSource toModel() {
    V2ObjectMetricSource o = new V2ObjectMetricSource();
    o.setDescribedObject(describedObject);
    o.setMetric(metric);
    o.setTarget(target);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V2CrossVersionObjectReference getDescribedObject() {
    return describedObject;
  }

  public A withDescribedObject(V2CrossVersionObjectReference describedObject) {
    this.describedObject = describedObject;
    return self();
  }

  public boolean hasDescribedObject() {
    return describedObject != null;
  }

  public V2CrossVersionObjectReference buildDescribedObject() {
    return describedObject;
  }

  public DescribedObjectNested withNewDescribedObject() {
    return new DescribedObjectNested(null);
  }

  public DescribedObjectNested withNewDescribedObjectLike(V2CrossVersionObjectReference item) {
    return new DescribedObjectNested(item);
  }

  public DescribedObjectNested editDescribedObject() {
    return new DescribedObjectNested(describedObject);
  }

  public DescribedObjectNested editOrNewDescribedObject() {
    return new DescribedObjectNested(describedObject != null ? describedObject : new V2CrossVersionObjectReference());
  }

  public DescribedObjectNested editOrNewDescribedObjectLike(V2CrossVersionObjectReference item) {
    return new DescribedObjectNested(describedObject != null ? describedObject : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DescribedObjectNested extends V2CrossVersionObjectReferenceFluent<DescribedObjectNested> {
    DescribedObjectNested(V2CrossVersionObjectReference item) {
      super(item);
    }

    public A and() {
      return V2ObjectMetricSourceFluent.this.withDescribedObject(toModel());
    }

    public A endDescribedObject() {
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
      return V2ObjectMetricSourceFluent.this.withMetric(toModel());
    }

    public A endMetric() {
      return and();
    }
  }

  public V2MetricTarget getTarget() {
    return target;
  }

  public A withTarget(V2MetricTarget target) {
    this.target = target;
    return self();
  }

  public boolean hasTarget() {
    return target != null;
  }

  public V2MetricTarget buildTarget() {
    return target;
  }

  public TargetNested withNewTarget() {
    return new TargetNested(null);
  }

  public TargetNested withNewTargetLike(V2MetricTarget item) {
    return new TargetNested(item);
  }

  public TargetNested editTarget() {
    return new TargetNested(target);
  }

  public TargetNested editOrNewTarget() {
    return new TargetNested(target != null ? target : new V2MetricTarget());
  }

  public TargetNested editOrNewTargetLike(V2MetricTarget item) {
    return new TargetNested(target != null ? target : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class TargetNested extends V2MetricTargetFluent<TargetNested> {
    TargetNested(V2MetricTarget item) {
      super(item);
    }

    public A and() {
      return V2ObjectMetricSourceFluent.this.withTarget(toModel());
    }

    public A endTarget() {
      return and();
    }
  }
}
