package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1DaemonSetStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DaemonSetStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DaemonSetStatusFluent<A extends V1DaemonSetStatusFluent<A>> {
  private Integer collisionCount;
  private List<V1DaemonSetCondition> conditions;
  private Integer currentNumberScheduled;
  private Integer desiredNumberScheduled;
  private Integer numberAvailable;
  private Integer numberMisscheduled;
  private Integer numberReady;
  private Integer numberUnavailable;
  private Long observedGeneration;
  private Integer updatedNumberScheduled;

  public V1DaemonSetStatusFluent() {}

  public V1DaemonSetStatusFluent(V1DaemonSetStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DaemonSetStatus instance) {
    if (instance != null) {
      this.collisionCount = instance.getCollisionCount();
      this.conditions = instance.getConditions() == null ? null : new ArrayList<>(instance.getConditions());
      this.currentNumberScheduled = instance.getCurrentNumberScheduled();
      this.desiredNumberScheduled = instance.getDesiredNumberScheduled();
      this.numberAvailable = instance.getNumberAvailable();
      this.numberMisscheduled = instance.getNumberMisscheduled();
      this.numberReady = instance.getNumberReady();
      this.numberUnavailable = instance.getNumberUnavailable();
      this.observedGeneration = instance.getObservedGeneration();
      this.updatedNumberScheduled = instance.getUpdatedNumberScheduled();
    }
  }

  /** A new {@link V1DaemonSetStatus} holding what was set (lists and maps copied). */
  V1DaemonSetStatus toModel() {
    V1DaemonSetStatus o = new V1DaemonSetStatus();
    o.setCollisionCount(collisionCount);
    o.setConditions(conditions == null ? null : new ArrayList<>(conditions));
    o.setCurrentNumberScheduled(currentNumberScheduled);
    o.setDesiredNumberScheduled(desiredNumberScheduled);
    o.setNumberAvailable(numberAvailable);
    o.setNumberMisscheduled(numberMisscheduled);
    o.setNumberReady(numberReady);
    o.setNumberUnavailable(numberUnavailable);
    o.setObservedGeneration(observedGeneration);
    o.setUpdatedNumberScheduled(updatedNumberScheduled);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getCollisionCount() {
    return collisionCount;
  }

  public A withCollisionCount(Integer collisionCount) {
    this.collisionCount = collisionCount;
    return self();
  }

  public boolean hasCollisionCount() {
    return collisionCount != null;
  }

  public List<V1DaemonSetCondition> getConditions() {
    return conditions;
  }

  public A withConditions(List<V1DaemonSetCondition> conditions) {
    this.conditions = conditions == null ? null : new ArrayList<>(conditions);
    return self();
  }

  public boolean hasConditions() {
    return conditions != null;
  }

  public A withConditions(V1DaemonSetCondition... items) {
    this.conditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConditions(V1DaemonSetCondition... items) {
    for (V1DaemonSetCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeFromConditions(V1DaemonSetCondition... items) {
    return removeAllFromConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConditions(int index, V1DaemonSetCondition item) {
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
  public A setToConditions(int index, V1DaemonSetCondition item) {
    if (index < 0 || this.conditions == null || index >= this.conditions.size()) {
      return addToConditions(-1, item);
    }
    this.conditions.set(index, item);
    return self();
  }

  public A addAllToConditions(Collection<V1DaemonSetCondition> items) {
    for (V1DaemonSetCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromConditions(Collection<V1DaemonSetCondition> items) {
    if (this.conditions != null) {
      this.conditions.removeAll(items);
    }
    return self();
  }

  public List<V1DaemonSetCondition> buildConditions() {
    return conditions;
  }

  public V1DaemonSetCondition buildCondition(int index) {
    return this.conditions.get(index);
  }

  public ConditionsNested addNewCondition() {
    return new ConditionsNested(-1, null);
  }

  public ConditionsNested addNewConditionLike(V1DaemonSetCondition item) {
    return new ConditionsNested(-1, item);
  }

  public ConditionsNested setNewConditionLike(int index, V1DaemonSetCondition item) {
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
  public class ConditionsNested extends V1DaemonSetConditionFluent<ConditionsNested> {
    private final int index;

    ConditionsNested(int index, V1DaemonSetCondition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1DaemonSetStatusFluent.this.setToConditions(index, toModel());
    }

    public A endCondition() {
      return and();
    }
  }

  public Integer getCurrentNumberScheduled() {
    return currentNumberScheduled;
  }

  public A withCurrentNumberScheduled(Integer currentNumberScheduled) {
    this.currentNumberScheduled = currentNumberScheduled;
    return self();
  }

  public boolean hasCurrentNumberScheduled() {
    return currentNumberScheduled != null;
  }

  public Integer getDesiredNumberScheduled() {
    return desiredNumberScheduled;
  }

  public A withDesiredNumberScheduled(Integer desiredNumberScheduled) {
    this.desiredNumberScheduled = desiredNumberScheduled;
    return self();
  }

  public boolean hasDesiredNumberScheduled() {
    return desiredNumberScheduled != null;
  }

  public Integer getNumberAvailable() {
    return numberAvailable;
  }

  public A withNumberAvailable(Integer numberAvailable) {
    this.numberAvailable = numberAvailable;
    return self();
  }

  public boolean hasNumberAvailable() {
    return numberAvailable != null;
  }

  public Integer getNumberMisscheduled() {
    return numberMisscheduled;
  }

  public A withNumberMisscheduled(Integer numberMisscheduled) {
    this.numberMisscheduled = numberMisscheduled;
    return self();
  }

  public boolean hasNumberMisscheduled() {
    return numberMisscheduled != null;
  }

  public Integer getNumberReady() {
    return numberReady;
  }

  public A withNumberReady(Integer numberReady) {
    this.numberReady = numberReady;
    return self();
  }

  public boolean hasNumberReady() {
    return numberReady != null;
  }

  public Integer getNumberUnavailable() {
    return numberUnavailable;
  }

  public A withNumberUnavailable(Integer numberUnavailable) {
    this.numberUnavailable = numberUnavailable;
    return self();
  }

  public boolean hasNumberUnavailable() {
    return numberUnavailable != null;
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

  public Integer getUpdatedNumberScheduled() {
    return updatedNumberScheduled;
  }

  public A withUpdatedNumberScheduled(Integer updatedNumberScheduled) {
    this.updatedNumberScheduled = updatedNumberScheduled;
    return self();
  }

  public boolean hasUpdatedNumberScheduled() {
    return updatedNumberScheduled != null;
  }
}
