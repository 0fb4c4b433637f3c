package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1DeploymentStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DeploymentStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DeploymentStatusFluent<A extends V1DeploymentStatusFluent<A>> {
  private Integer availableReplicas;
  private Integer collisionCount;
  private List<V1DeploymentCondition> conditions;
  private Long observedGeneration;
  private Integer readyReplicas;
  private Integer replicas;
  private Integer terminatingReplicas;
  private Integer unavailableReplicas;
  private Integer updatedReplicas;

  public V1DeploymentStatusFluent() {}

  public V1DeploymentStatusFluent(V1DeploymentStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DeploymentStatus instance) {
    if (instance != null) {
      this.availableReplicas = instance.getAvailableReplicas();
      this.collisionCount = instance.getCollisionCount();
      this.conditions = instance.getConditions() == null ? null : new ArrayList<>(instance.getConditions());
      this.observedGeneration = instance.getObservedGeneration();
      this.readyReplicas = instance.getReadyReplicas();
      this.replicas = instance.getReplicas();
      this.terminatingReplicas = instance.getTerminatingReplicas();
      this.unavailableReplicas = instance.getUnavailableReplicas();
      this.updatedReplicas = instance.getUpdatedReplicas();
    }
  }

  /** A new {@link V1DeploymentStatus} holding what was set (lists and maps copied). */
  V1DeploymentStatus toModel() {
    V1DeploymentStatus o = new V1DeploymentStatus();
    o.setAvailableReplicas(availableReplicas);
    o.setCollisionCount(collisionCount);
    o.setConditions(conditions == null ? null : new ArrayList<>(conditions));
    o.setObservedGeneration(observedGeneration);
    o.setReadyReplicas(readyReplicas);
    o.setReplicas(replicas);
    o.setTerminatingReplicas(terminatingReplicas);
    o.setUnavailableReplicas(unavailableReplicas);
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

  public List<V1DeploymentCondition> getConditions() {
    return conditions;
  }

  public A withConditions(List<V1DeploymentCondition> conditions) {
    this.conditions = conditions == null ? null : new ArrayList<>(conditions);
    return self();
  }

  public boolean hasConditions() {
    return conditions != null;
  }

  public A withConditions(V1DeploymentCondition... items) {
    this.conditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConditions(V1DeploymentCondition... items) {
    for (V1DeploymentCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeFromConditions(V1DeploymentCondition... items) {
    return removeAllFromConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConditions(int index, V1DeploymentCondition item) {
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
  public A setToConditions(int index, V1DeploymentCondition item) {
    if (index < 0 || this.conditions == null || index >= this.conditions.size()) {
      return addToConditions(-1, item);
    }
    this.conditions.set(index, item);
    return self();
  }

  public A addAllToConditions(Collection<V1DeploymentCondition> items) {
    for (V1DeploymentCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromConditions(Collection<V1DeploymentCondition> items) {
    if (this.conditions != null) {
      this.conditions.removeAll(items);
    }
    return self();
  }

  public List<V1DeploymentCondition> buildConditions() {
    return conditions;
  }

  public V1DeploymentCondition buildCondition(int index) {
    return this.conditions.get(index);
  }

  public ConditionsNested addNewCondition() {
    return new ConditionsNested(-1, null);
  }

  public ConditionsNested addNewConditionLike(V1DeploymentCondition item) {
    return new ConditionsNested(-1, item);
  }

  public ConditionsNested setNewConditionLike(int index, V1DeploymentCondition item) {
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
  public class ConditionsNested extends V1DeploymentConditionFluent<ConditionsNested> {
    private final int index;

    ConditionsNested(int index, V1DeploymentCondition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1DeploymentStatusFluent.this.setToConditions(index, toModel());
    }

    public A endCondition() {
      return and();
    }
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

  public Integer getTerminatingReplicas() {
    return terminatingReplicas;
  }

  public A withTerminatingReplicas(Integer terminatingReplicas) {
    this.terminatingReplicas = terminatingReplicas;
    return self();
  }

  public boolean hasTerminatingReplicas() {
    return terminatingReplicas != null;
  }

  public Integer getUnavailableReplicas() {
    return unavailableReplicas;
  }

  public A withUnavailableReplicas(Integer unavailableReplicas) {
    this.unavailableReplicas = unavailableReplicas;
    return self();
  }

  public boolean hasUnavailableReplicas() {
    return unavailableReplicas != null;
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
