package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1ReplicationControllerStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ReplicationControllerStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ReplicationControllerStatusFluent<A extends V1ReplicationControllerStatusFluent<A>> {
  private Integer availableReplicas;
  private List<V1ReplicationControllerCondition> conditions;
  private Integer fullyLabeledReplicas;
  private Long observedGeneration;
  private Integer readyReplicas;
  private Integer replicas;

  public V1ReplicationControllerStatusFluent() {}

  public V1ReplicationControllerStatusFluent(V1ReplicationControllerStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ReplicationControllerStatus instance) {
    if (instance != null) {
      this.availableReplicas = instance.getAvailableReplicas();
      this.conditions = instance.getConditions() == null ? null : new ArrayList<>(instance.getConditions());
      this.fullyLabeledReplicas = instance.getFullyLabeledReplicas();
      this.observedGeneration = instance.getObservedGeneration();
      this.readyReplicas = instance.getReadyReplicas();
      this.replicas = instance.getReplicas();
    }
  }

  /** A new {@link V1ReplicationControllerStatus} holding what was set (lists and maps copied). */
  V1ReplicationControllerStatus toModel() {
    V1ReplicationControllerStatus o = new V1ReplicationControllerStatus();
    o.setAvailableReplicas(availableReplicas);
    o.setConditions(conditions == null ? null : new ArrayList<>(conditions));
    o.setFullyLabeledReplicas(fullyLabeledReplicas);
    o.setObservedGeneration(observedGeneration);
    o.setReadyReplicas(readyReplicas);
    o.setReplicas(replicas);
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

  public List<V1ReplicationControllerCondition> getConditions() {
    return conditions;
  }

  public A withConditions(List<V1ReplicationControllerCondition> conditions) {
    this.conditions = conditions == null ? null : new ArrayList<>(conditions);
    return self();
  }

  public boolean hasConditions() {
    return conditions != null;
  }

  public A withConditions(V1ReplicationControllerCondition... items) {
    this.conditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConditions(V1ReplicationControllerCondition... items) {
    for (V1ReplicationControllerCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeFromConditions(V1ReplicationControllerCondition... items) {
    return removeAllFromConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConditions(int index, V1ReplicationControllerCondition item) {
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
  public A setToConditions(int index, V1ReplicationControllerCondition item) {
    if (index < 0 || this.conditions == null || index >= this.conditions.size()) {
      return addToConditions(-1, item);
    }
    this.conditions.set(index, item);
    return self();
  }

  public A addAllToConditions(Collection<V1ReplicationControllerCondition> items) {
    for (V1ReplicationControllerCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromConditions(Collection<V1ReplicationControllerCondition> items) {
    if (this.conditions != null) {
      this.conditions.removeAll(items);
    }
    return self();
  }

  public List<V1ReplicationControllerCondition> buildConditions() {
    return conditions;
  }

  public V1ReplicationControllerCondition buildCondition(int index) {
    return this.conditions.get(index);
  }

  public ConditionsNested addNewCondition() {
    return new ConditionsNested(-1, null);
  }

  public ConditionsNested addNewConditionLike(V1ReplicationControllerCondition item) {
    return new ConditionsNested(-1, item);
  }

  public ConditionsNested setNewConditionLike(int index, V1ReplicationControllerCondition item) {
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
  public class ConditionsNested extends V1ReplicationControllerConditionFluent<ConditionsNested> {
    private final int index;

    ConditionsNested(int index, V1ReplicationControllerCondition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ReplicationControllerStatusFluent.this.setToConditions(index, toModel());
    }

    public A endCondition() {
      return and();
    }
  }

  public Integer getFullyLabeledReplicas() {
    return fullyLabeledReplicas;
  }

  public A withFullyLabeledReplicas(Integer fullyLabeledReplicas) {
    this.fullyLabeledReplicas = fullyLabeledReplicas;
    return self();
  }

  public boolean hasFullyLabeledReplicas() {
    return fullyLabeledReplicas != null;
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
}
