package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V2HorizontalPodAutoscalerSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V2HorizontalPodAutoscalerSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V2HorizontalPodAutoscalerSpecFluent<A extends V2HorizontalPodAutoscalerSpecFluent<A>> {
  private V2HorizontalPodAutoscalerBehavior behavior;
  private Integer maxReplicas;
  private List<V2MetricSpec> metrics;
  private Integer minReplicas;
  private V2CrossVersionObjectReference scaleTargetRef;

  public V2HorizontalPodAutoscalerSpecFluent() {}

  public V2HorizontalPodAutoscalerSpecFluent(V2HorizontalPodAutoscalerSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V2HorizontalPodAutoscalerSpec instance) {
    if (instance != null) {
      this.behavior = instance.getBehavior();
      this.maxReplicas = instance.getMaxReplicas();
      this.metrics = instance.getMetrics() == null ? null : new ArrayList<>(instance.getMetrics());
      this.minReplicas = instance.getMinReplicas();
      this.scaleTargetRef = instance.getScaleTargetRef();
    }
  }

  /** A new {@link V2HorizontalPodAutoscalerSpec} holding what was set (lists and maps copied). */
  V2HorizontalPodAutoscalerSpec toModel() {
    V2HorizontalPodAutoscalerSpec o = new V2HorizontalPodAutoscalerSpec();
    o.setBehavior(behavior);
    o.setMaxReplicas(maxReplicas);
    o.setMetrics(metrics == null ? null : new ArrayList<>(metrics));
    o.setMinReplicas(minReplicas);
    o.setScaleTargetRef(scaleTargetRef);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V2HorizontalPodAutoscalerBehavior getBehavior() {
    return behavior;
  }

  public A withBehavior(V2HorizontalPodAutoscalerBehavior behavior) {
    this.behavior = behavior;
    return self();
  }

  public boolean hasBehavior() {
    return behavior != null;
  }

  public V2HorizontalPodAutoscalerBehavior buildBehavior() {
    return behavior;
  }

  public BehaviorNested withNewBehavior() {
    return new BehaviorNested(null);
  }

  public BehaviorNested withNewBehaviorLike(V2HorizontalPodAutoscalerBehavior item) {
    return new BehaviorNested(item);
  }

  public BehaviorNested editBehavior() {
    return new BehaviorNested(behavior);
  }

  public BehaviorNested editOrNewBehavior() {
    return new BehaviorNested(behavior != null ? behavior : new V2HorizontalPodAutoscalerBehavior());
  }

  public BehaviorNested editOrNewBehaviorLike(V2HorizontalPodAutoscalerBehavior item) {
    return new BehaviorNested(behavior != null ? behavior : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class BehaviorNested extends V2HorizontalPodAutoscalerBehaviorFluent<BehaviorNested> {
    BehaviorNested(V2HorizontalPodAutoscalerBehavior item) {
      super(item);
    }

    public A and() {
      return V2HorizontalPodAutoscalerSpecFluent.this.withBehavior(toModel());
    }

    public A endBehavior() {
      return and();
    }
  }

  public Integer getMaxReplicas() {
    return maxReplicas;
  }

  public A withMaxReplicas(Integer maxReplicas) {
    this.maxReplicas = maxReplicas;
    return self();
  }

  public boolean hasMaxReplicas() {
    return maxReplicas != null;
  }

  public List<V2MetricSpec> getMetrics() {
    return metrics;
  }

  public A withMetrics(List<V2MetricSpec> metrics) {
    this.metrics = metrics == null ? null : new ArrayList<>(metrics);
    return self();
  }

  public boolean hasMetrics() {
    return metrics != null;
  }

  public A withMetrics(V2MetricSpec... items) {
    this.metrics = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToMetrics(V2MetricSpec... items) {
    for (V2MetricSpec item : items) {
      addToMetrics(-1, item);
    }
    return self();
  }

  public A removeFromMetrics(V2MetricSpec... items) {
    return removeAllFromMetrics(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToMetrics(int index, V2MetricSpec item) {
    if (this.metrics == null) {
      this.metrics = new ArrayList<>();
    }
    if (index < 0 || index >= this.metrics.size()) {
      this.metrics.add(item);
    } else {
      this.metrics.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToMetrics(int index, V2MetricSpec item) {
    if (index < 0 || this.metrics == null || index >= this.metrics.size()) {
      return addToMetrics(-1, item);
    }
    this.metrics.set(index, item);
    return self();
  }

  public A addAllToMetrics(Collection<V2MetricSpec> items) {
    for (V2MetricSpec item : items) {
      addToMetrics(-1, item);
    }
    return self();
  }

  public A removeAllFromMetrics(Collection<V2MetricSpec> items) {
    if (this.metrics != null) {
      this.metrics.removeAll(items);
    }
    return self();
  }

  public List<V2MetricSpec> buildMetrics() {
    return metrics;
  }

  public V2MetricSpec buildMetric(int index) {
    return this.metrics.get(index);
  }

  public MetricsNested addNewMetric() {
    return new MetricsNested(-1, null);
  }

  public MetricsNested addNewMetricLike(V2MetricSpec item) {
    return new MetricsNested(-1, item);
  }

  public MetricsNested setNewMetricLike(int index, V2MetricSpec item) {
    return new MetricsNested(index, item);
  }

  public MetricsNested editMetric(int index) {
    if (this.metrics == null || index < 0 || index >= this.metrics.size()) {
      throw new IndexOutOfBoundsException("can't edit metrics [" + index + "]");
    }
    return new MetricsNested(index, this.metrics.get(index));
  }

  public MetricsNested editFirstMetric() {
    return editMetric(0);
  }

  public MetricsNested editLastMetric() {
    return editMetric(this.metrics == null ? -1 : this.metrics.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class MetricsNested extends V2MetricSpecFluent<MetricsNested> {
    private final int index;

    MetricsNested(int index, V2MetricSpec item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V2HorizontalPodAutoscalerSpecFluent.this.setToMetrics(index, toModel());
    }

    public A endMetric() {
      return and();
    }
  }

  public Integer getMinReplicas() {
    return minReplicas;
  }

  public A withMinReplicas(Integer minReplicas) {
    this.minReplicas = minReplicas;
    return self();
  }

  public boolean hasMinReplicas() {
    return minReplicas != null;
  }

  public V2CrossVersionObjectReference getScaleTargetRef() {
    return scaleTargetRef;
  }

  public A withScaleTargetRef(V2CrossVersionObjectReference scaleTargetRef) {
    this.scaleTargetRef = scaleTargetRef;
    return self();
  }

  public boolean hasScaleTargetRef() {
    return scaleTargetRef != null;
  }

  public V2CrossVersionObjectReference buildScaleTargetRef() {
    return scaleTargetRef;
  }

  public ScaleTargetRefNested withNewScaleTargetRef() {
    return new ScaleTargetRefNested(null);
  }

  public ScaleTargetRefNested withNewScaleTargetRefLike(V2CrossVersionObjectReference item) {
    return new ScaleTargetRefNested(item);
  }

  public ScaleTargetRefNested editScaleTargetRef() {
    return new ScaleTargetRefNested(scaleTargetRef);
  }

  public ScaleTargetRefNested editOrNewScaleTargetRef() {
    return new ScaleTargetRefNested(scaleTargetRef != null ? scaleTargetRef : new V2CrossVersionObjectReference());
  }

  public ScaleTargetRefNested editOrNewScaleTargetRefLike(V2CrossVersionObjectReference item) {
    return new ScaleTargetRefNested(scaleTargetRef != null ? scaleTargetRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ScaleTargetRefNested extends V2CrossVersionObjectReferenceFluent<ScaleTargetRefNested> {
    ScaleTargetRefNested(V2CrossVersionObjectReference item) {
      super(item);
    }

    public A and() {
      return V2HorizontalPodAutoscalerSpecFluent.this.withScaleTargetRef(toModel());
    }

    public A endScaleTargetRef() {
      return and();
    }
  }
}
