package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V2ResourceMetricSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V2ResourceMetricSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V2ResourceMetricSourceFluent<A extends V2ResourceMetricSourceFluent<A>> {
  private String name;
  private V2MetricTarget target;

  public V2ResourceMetricSourceFluent() {}

  public V2ResourceMetricSourceFluent(V2ResourceMetricSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V2ResourceMetricSource instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.target = instance.getTarget();
    }
  }

  /** A new {@link V2ResourceMetricSource} holding what was set (lists and maps copied). */
  V2ResourceMetricSource toModel() {
    V2ResourceMetricSource o = new V2ResourceMetricSource();
    o.setName(name);
    o.setTarget(target);
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
      return V2ResourceMetricSourceFluent.this.withTarget(toModel());
    }

    public A endTarget() {
      return and();
    }
  }
}
