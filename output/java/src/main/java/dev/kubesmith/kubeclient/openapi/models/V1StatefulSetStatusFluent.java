package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1StatefulSetStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1StatefulSetStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1StatefulSetStatusFluent<A extends V1StatefulSetStatusFluent<A>> {
  private Integer availableReplicas;
  private Integer collisionCount;
  private List<V1StatefulSetCondition> conditions;
  private Integer currentReplicas;
  private String currentRevision;
  private Long observedGeneration;
  private Integer readyReplicas;
  private Integer replicas;
  private String updateRevision;
  private Integer updatedReplicas;

  public V1StatefulSetStatusFluent() {}

  public V1StatefulSetStatusFluent(V1StatefulSetStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1StatefulSetStatus instance) {
    if (instance != null) {
      this.availableReplicas = instance.getAvailableReplicas();
      this.collisionCount = instance.getCollisionCount();
      this.conditions = instance.getConditions() == null ? null : new ArrayList<>(instance.getConditions());
      this.currentReplicas = instance.getCurrentReplicas();
      this.currentRevision = instance.getCurrentRevision();
      this.observedGeneration = instance.getObservedGeneration();
      this.readyReplicas = instance.getReadyReplicas();
      this.replicas = instance.getReplicas();
      this.updateRevision = instance.getUpdateRevision();
      this.updatedReplicas = instance.getUpdatedReplicas();
    }
  }

  /** A new {@link V1StatefulSetStatus} holding what was set (lists and maps copied). */
  V1StatefulSetStatus toModel() {
    V1StatefulSetStatus o = new V1StatefulSetStatus();
    o.setAvailableReplicas(availableReplicas);
    o.setCollisionCount(collisionCount);
    o.setConditions(conditions == null ? null : new ArrayList<>(conditions));
    o.setCurrentReplicas(currentReplicas);
    o.setCurrentRevision(currentRevision);
    o.setObservedGeneration(observedGeneration);
    o.setReadyReplicas(readyReplicas);
    o.setReplicas(replicas);
    o.setUpdateRevision(updateRevision);
    o.setUpdatedReplicas(updatedReplicas);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getAvailableReplicas() {
    return availableReplicas;
  }

  public A withAvailableReplicas(Integer availableReplicas) {
    this.availableReplicas = availableReplicas;
    return self();
  }

  public boolean hasAvailableReplicas() {
    return availableReplicas != null;
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

  public List<V1StatefulSetCondition> getConditions() {
    return conditions;
  }

  public A withConditions(List<V1StatefulSetCondition> conditions) {
    this.conditions = conditions == null ? null : new ArrayList<>(conditions);
    return self();
  }

  public boolean hasConditions() {
    return conditions != null;
  }

  public A withConditions(V1StatefulSetCondition... items) {
    this.conditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConditions(V1StatefulSetCondition... items) {
    for (V1StatefulSetCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeFromConditions(V1StatefulSetCondition... items) {
    return removeAllFromConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConditions(int index, V1StatefulSetCondition item) {
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
  public A setToConditions(int index, V1StatefulSetCondition item) {
    if (index < 0 || this.conditions == null || index >= this.conditions.size()) {
      return addToConditions(-1, item);
    }
    this.conditions.set(index, item);
    return self();
  }

  public A addAllToConditions(Collection<V1StatefulSetCondition> items) {
    for (V1StatefulSetCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromConditions(Collection<V1StatefulSetCondition> items) {
    if (this.conditions != null) {
      this.conditions.removeAll(items);
    }
    return self();
  }

  public List<V1StatefulSetCondition> buildConditions() {
    return conditions;
  }

  public V1StatefulSetCondition buildCondition(int index) {
    return this.conditions.get(index);
  }

  public ConditionsNested addNewCondition() {
    return new ConditionsNested(-1, null);
  }

  public ConditionsNested addNewConditionLike(V1StatefulSetCondition item) {
    return new ConditionsNested(-1, item);
  }

  public ConditionsNested setNewConditionLike(int index, V1StatefulSetCondition item) {
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
  public class ConditionsNested extends V1StatefulSetConditionFluent<ConditionsNested> {
    private final int index;

    ConditionsNested(int index, V1StatefulSetCondition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1StatefulSetStatusFluent.this.setToConditions(index, toModel());
    }

    public A endCondition() {
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

  public String getCurrentRevision() {
    return currentRevision;
  }

  public A withCurrentRevision(String currentRevision) {
    this.currentRevision = currentRevision;
    return self();
  }

  public boolean hasCurrentRevision() {
    return currentRevision != null;
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

  public Integer getReadyReplicas() {
    return readyReplicas;
  }

  public A withReadyReplicas(Integer readyReplicas) {
    this.readyReplicas = readyReplicas;
    return self();
  }

  public boolean hasReadyReplicas() {
    return readyReplicas != null;
  }

  public Integer getReplicas() {
    return replicas;
  }

  public A withReplicas(Integer replicas) {
    this.replicas = replicas;
    return self();
  }

  public boolean hasReplicas() {
    return replicas != null;
  }

  public String getUpdateRevision() {
    return updateRevision;
  }

  public A withUpdateRevision(String updateRevision) {
    this.updateRevision = updateRevision;
    return self();
  }

  public boolean hasUpdateRevision() {
    return updateRevision != null;
  }

  public Integer getUpdatedReplicas() {
    return updatedReplicas;
  }

  public A withUpdatedReplicas(Integer updatedReplicas) {
    this.updatedReplicas = updatedReplicas;
    return self();
  }

  public boolean hasUpdatedReplicas() {
    return updatedReplicas != null;
  }
}
