package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1PodDisruptionBudgetStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodDisruptionBudgetStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodDisruptionBudgetStatusFluent<A extends V1PodDisruptionBudgetStatusFluent<A>> {
  private List<V1Condition> conditions;
  private Integer currentHealthy;
  private Integer desiredHealthy;
  private Map<String, OffsetDateTime> disruptedPods;
  private Integer disruptionsAllowed;
  private Integer expectedPods;
  private Long observedGeneration;

  public V1PodDisruptionBudgetStatusFluent() {}

  public V1PodDisruptionBudgetStatusFluent(V1PodDisruptionBudgetStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodDisruptionBudgetStatus instance) {
    if (instance != null) {
      this.conditions = instance.getConditions() == null ? null : new ArrayList<>(instance.getConditions());
      this.currentHealthy = instance.getCurrentHealthy();
      this.desiredHealthy = instance.getDesiredHealthy();
      this.disruptedPods = instance.getDisruptedPods() == null ? null : new LinkedHashMap<>(instance.getDisruptedPods());
      this.disruptionsAllowed = instance.getDisruptionsAllowed();
      this.expectedPods = instance.getExpectedPods();
      this.observedGeneration = instance.getObservedGeneration();
    }
  }

  /** A new {@link V1PodDisruptionBudgetStatus} holding what was set (lists and maps copied). */
  V1PodDisruptionBudgetStatus toModel() {
    V1PodDisruptionBudgetStatus o = new V1PodDisruptionBudgetStatus();
    o.setConditions(conditions == null ? null : new ArrayList<>(conditions));
    o.setCurrentHealthy(currentHealthy);
    o.setDesiredHealthy(desiredHealthy);
    o.setDisruptedPods(disruptedPods == null ? null : new LinkedHashMap<>(disruptedPods));
    o.setDisruptionsAllowed(disruptionsAllowed);
    o.setExpectedPods(expectedPods);
    o.setObservedGeneration(observedGeneration);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1Condition> getConditions() {
    return conditions;
  }

  public A withConditions(List<V1Condition> conditions) {
    this.conditions = conditions == null ? null : new ArrayList<>(conditions);
    return self();
  }

  public boolean hasConditions() {
    return conditions != null;
  }

  public A withConditions(V1Condition... items) {
    this.conditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConditions(V1Condition... items) {
    for (V1Condition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeFromConditions(V1Condition... items) {
    return removeAllFromConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConditions(int index, V1Condition item) {
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
  public A setToConditions(int index, V1Condition item) {
    if (index < 0 || this.conditions == null || index >= this.conditions.size()) {
      return addToConditions(-1, item);
    }
    this.conditions.set(index, item);
    return self();
  }

  public A addAllToConditions(Collection<V1Condition> items) {
    for (V1Condition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromConditions(Collection<V1Condition> items) {
    if (this.conditions != null) {
      this.conditions.removeAll(items);
    }
    return self();
  }

  public List<V1Condition> buildConditions() {
    return conditions;
  }

  public V1Condition buildCondition(int index) {
    return this.conditions.get(index);
  }

  public ConditionsNested addNewCondition() {
    return new ConditionsNested(-1, null);
  }

  public ConditionsNested addNewConditionLike(V1Condition item) {
    return new ConditionsNested(-1, item);
  }

  public ConditionsNested setNewConditionLike(int index, V1Condition item) {
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
  public class ConditionsNested extends V1ConditionFluent<ConditionsNested> {
    private final int index;

    ConditionsNested(int index, V1Condition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodDisruptionBudgetStatusFluent.this.setToConditions(index, toModel());
    }

    public A endCondition() {
      return and();
    }
  }

  public Integer getCurrentHealthy() {
    return currentHealthy;
  }

  public A withCurrentHealthy(Integer currentHealthy) {
    this.currentHealthy = currentHealthy;
    return self();
  }

  public boolean hasCurrentHealthy() {
    return currentHealthy != null;
  }

  public Integer getDesiredHealthy() {
    return desiredHealthy;
  }

  public A withDesiredHealthy(Integer desiredHealthy) {
    this.desiredHealthy = desiredHealthy;
    return self();
  }

  public boolean hasDesiredHealthy() {
    return desiredHealthy != null;
  }

  public Map<String, OffsetDateTime> getDisruptedPods() {
    return disruptedPods;
  }

  public A withDisruptedPods(Map<String, OffsetDateTime> disruptedPods) {
    this.disruptedPods = disruptedPods == null ? null : new LinkedHashMap<>(disruptedPods);
    return self();
  }

  public boolean hasDisruptedPods() {
    return disruptedPods != null;
  }

  public A addToDisruptedPods(String key, OffsetDateTime value) {
    if (this.disruptedPods == null) {
      this.disruptedPods = new LinkedHashMap<>();
    }
    this.disruptedPods.put(key, value);
    return self();
  }

  public A addToDisruptedPods(Map<String, OffsetDateTime> map) {
    if (map != null) {
      for (Map.Entry<String, OffsetDateTime> entry : map.entrySet()) {
        addToDisruptedPods(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromDisruptedPods(String key) {
    if (this.disruptedPods != null) {
      this.disruptedPods.remove(key);
    }
    return self();
  }

  public A removeFromDisruptedPods(Map<String, OffsetDateTime> map) {
    if (this.disruptedPods != null && map != null) {
      this.disruptedPods.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public Integer getDisruptionsAllowed() {
    return disruptionsAllowed;
  }

  public A withDisruptionsAllowed(Integer disruptionsAllowed) {
    this.disruptionsAllowed = disruptionsAllowed;
    return self();
  }

  public boolean hasDisruptionsAllowed() {
    return disruptionsAllowed != null;
  }

  public Integer getExpectedPods() {
    return expectedPods;
  }

  public A withExpectedPods(Integer expectedPods) {
    this.expectedPods = expectedPods;
    return self();
  }

  public boolean hasExpectedPods() {
    return expectedPods != null;
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
