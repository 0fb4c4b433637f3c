package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V2HorizontalPodAutoscalerStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V2HorizontalPodAutoscalerStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V2HorizontalPodAutoscalerStatusFluent<A extends V2HorizontalPodAutoscalerStatusFluent<A>> {
  private List<V2HorizontalPodAutoscalerCondition> conditions;
  private List<V2MetricStatus> currentMetrics;
  private Integer currentReplicas;
  private Integer desiredReplicas;
  private OffsetDateTime lastScaleTime;
  private Long observedGeneration;

  public V2HorizontalPodAutoscalerStatusFluent() {}

  public V2HorizontalPodAutoscalerStatusFluent(V2HorizontalPodAutoscalerStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V2HorizontalPodAutoscalerStatus instance) {
    if (instance != null) {
      this.conditions = instance.getConditions() == null ? null : new ArrayList<>(instance.getConditions());
      this.currentMetrics = instance.getCurrentMetrics() == null ? null : new ArrayList<>(instance.getCurrentMetrics());
      this.currentReplicas = instance.getCurrentReplicas();
      this.desiredReplicas = instance.getDesiredReplicas();
      this.lastScaleTime = instance.getLastScaleTime();
      this.observedGeneration = instance.getObservedGeneration();
    }
  }

  /** A new {@link V2HorizontalPodAutoscalerStatus} holding what was set (lists and maps copied). */
  V2HorizontalPodAutoscalerStatus toModel() {
    V2HorizontalPodAutoscalerStatus o = new V2HorizontalPodAutoscalerStatus();
    o.setConditions(conditions == null ? null : new ArrayList<>(conditions));
    o.setCurrentMetrics(currentMetrics == null ? null : new ArrayList<>(currentMetrics));
    o.setCurrentReplicas(currentReplicas);
    o.setDesiredReplicas(desiredReplicas);
    o.setLastScaleTime(lastScaleTime);
    o.setObservedGeneration(observedGeneration);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V2HorizontalPodAutoscalerCondition> getConditions() {
    return conditions;
  }

  public A withConditions(List<V2HorizontalPodAutoscalerCondition> conditions) {
    this.conditions = conditions == null ? null : new ArrayList<>(conditions);
    return self();
  }

  public boolean hasConditions() {
    return conditions != null;
  }

  public A withConditions(V2HorizontalPodAutoscalerCondition... items) {
    this.conditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConditions(V2HorizontalPodAutoscalerCondition... items) {
    for (V2HorizontalPodAutoscalerCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeFromConditions(V2HorizontalPodAutoscalerCondition... items) {
    return removeAllFromConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConditions(int index, V2HorizontalPodAutoscalerCondition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    if (index < 0 || index >= this.conditions.size()) {
      this.conditions.add(item);
    } else {
      this.conditions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToConditions(int index, V2HorizontalPodAutoscalerCondition item) {
    if (index < 0 || this.conditions == null || index >= this.conditions.size()) {
      return addToConditions(-1, item);
    }
    this.conditions.set(index, item);
    return self();
  }

  public A addAllToConditions(Collection<V2HorizontalPodAutoscalerCondition> items) {
    for (V2HorizontalPodAutoscalerCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromConditions(Collection<V2HorizontalPodAutoscalerCondition> items) {
    if (this.conditions != null) {
      this.conditions.removeAll(items);
    }
    return self();
  }

  public List<V2HorizontalPodAutoscalerCondition> buildConditions() {
    return conditions;
  }

  public V2HorizontalPodAutoscalerCondition buildCondition(int index) {
    return this.conditions.get(index);
  }

  public ConditionsNested addNewCondition() {
    return new ConditionsNested(-1, null);
  }

  public ConditionsNested addNewConditionLike(V2HorizontalPodAutoscalerCondition item) {
    return new ConditionsNested(-1, item);
  }

  public ConditionsNested setNewConditionLike(int index, V2HorizontalPodAutoscalerCondition item) {
    return new ConditionsNested(index, item);
  }

  public ConditionsNested editCondition(int index) {
    if (this.conditions == null || index < 0 || index >= this.conditions.size()) {
      throw new IndexOutOfBoundsException("can't edit conditions [" + index + "]");
    }
    return new ConditionsNested(index, this.conditions.get(index));
  }

  public ConditionsNested editFirstCondition() {
    return editCondition(0);
  }

  public ConditionsNested editLastCondition() {
    return editCondition(this.conditions == null ? -1 : this.conditions.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ConditionsNested extends V2HorizontalPodAutoscalerConditionFluent<ConditionsNested> {
    private final int index;

    ConditionsNested(int index, V2HorizontalPodAutoscalerCondition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V2HorizontalPodAutoscalerStatusFluent.this.setToConditions(index, toModel());
    }

    public A endCondition() {
      return and();
    }
  }

  public List<V2MetricStatus> getCurrentMetrics() {
    return currentMetrics;
  }

  public A withCurrentMetrics(List<V2MetricStatus> currentMetrics) {
    this.currentMetrics = currentMetrics == null ? null : new ArrayList<>(currentMetrics);
    return self();
  }

  public boolean hasCurrentMetrics() {
    return currentMetrics != null;
  }

  public A withCurrentMetrics(V2MetricStatus... items) {
    this.currentMetrics = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToCurrentMetrics(V2MetricStatus... items) {
    for (V2MetricStatus item : items) {
      addToCurrentMetrics(-1, item);
    }
    return self();
  }

  public A removeFromCurrentMetrics(V2MetricStatus... items) {
    return removeAllFromCurrentMetrics(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToCurrentMetrics(int index, V2MetricStatus item) {
    if (this.currentMetrics == null) {
      this.currentMetrics = new ArrayList<>();
    }
    if (index < 0 || index >= this.currentMetrics.size()) {
      this.currentMetrics.add(item);
    } else {
      this.currentMetrics.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToCurrentMetrics(int index, V2MetricStatus item) {
    if (index < 0 || this.currentMetrics == null || index >= this.currentMetrics.size()) {
      return addToCurrentMetrics(-1, item);
    }
    this.currentMetrics.set(index, item);
    return self();
  }

  public A addAllToCurrentMetrics(Collection<V2MetricStatus> items) {
    for (V2MetricStatus item : items) {
      addToCurrentMetrics(-1, item);
    }
    return self();
  }

  public A removeAllFromCurrentMetrics(Collection<V2MetricStatus> items) {
    if (this.currentMetrics != null) {
      this.currentMetrics.removeAll(items);
    }
    return self();
  }

  public List<V2MetricStatus> buildCurrentMetrics() {
    return currentMetrics;
  }

  public V2MetricStatus buildCurrentMetric(int index) {
    return this.currentMetrics.get(index);
  }

  public CurrentMetricsNested addNewCurrentMetric() {
    return new CurrentMetricsNested(-1, null);
  }

  public CurrentMetricsNested addNewCurrentMetricLike(V2MetricStatus item) {
    return new CurrentMetricsNested(-1, item);
  }

  public CurrentMetricsNested setNewCurrentMetricLike(int index, V2MetricStatus item) {
    return new CurrentMetricsNested(index, item);
  }

  public CurrentMetricsNested editCurrentMetric(int index) {
    if (this.currentMetrics == null || index < 0 || index >= this.currentMetrics.size()) {
      throw new IndexOutOfBoundsException("can't edit currentMetrics [" + index + "]");
    }
    return new CurrentMetricsNested(index, this.currentMetrics.get(index));
  }

  public CurrentMetricsNested editFirstCurrentMetric() {
    return editCurrentMetric(0);
  }

  public CurrentMetricsNested editLastCurrentMetric() {
    return editCurrentMetric(this.currentMetrics == null ? -1 : this.currentMetrics.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class CurrentMetricsNested extends V2MetricStatusFluent<CurrentMetricsNested> {
    private final int index;

    CurrentMetricsNested(int index, V2MetricStatus item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V2HorizontalPodAutoscalerStatusFluent.this.setToCurrentMetrics(index, toModel());
    }

    public A endCurrentMetric() {
      return and();
    }
  }

  public Integer getCurrentReplicas() {
    return currentReplicas;
  }

  public A withCurrentReplicas(Integer currentReplicas) {
    this.currentReplicas = currentReplicas;
    return self();
  }

  public boolean hasCurrentReplicas() {
    return currentReplicas != null;
  }

  public Integer getDesiredReplicas() {
    return desiredReplicas;
  }

  public A withDesiredReplicas(Integer desiredReplicas) {
    this.desiredReplicas = desiredReplicas;
    return self();
  }

  public boolean hasDesiredReplicas() {
    return desiredReplicas != null;
  }

  public OffsetDateTime getLastScaleTime() {
    return lastScaleTime;
  }

  public A withLastScaleTime(OffsetDateTime lastScaleTime) {
    this.lastScaleTime = lastScaleTime;
    return self();
  }

  public boolean hasLastScaleTime() {
    return lastScaleTime != null;
  }

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public A withObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return self();
  }

  public boolean hasObservedGeneration() {
    return observedGeneration != null;
  }
}
