package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1FlowSchemaStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1FlowSchemaStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1FlowSchemaStatusFluent<A extends V1FlowSchemaStatusFluent<A>> {
  private List<V1FlowSchemaCondition> conditions;

  public V1FlowSchemaStatusFluent() {}

  public V1FlowSchemaStatusFluent(V1FlowSchemaStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1FlowSchemaStatus instance) {
    if (instance != null) {
      this.conditions = instance.getConditions() == null ? null : new ArrayList<>(instance.getConditions());
    }
  }

  /** A new {@link V1FlowSchemaStatus} holding what was set (lists and maps copied). */
  V1FlowSchemaStatus toModel() {
    V1FlowSchemaStatus o = new V1FlowSchemaStatus();
    o.setConditions(conditions == null ? null : new ArrayList<>(conditions));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1FlowSchemaCondition> getConditions() {
    return conditions;
  }

  public A withConditions(List<V1FlowSchemaCondition> conditions) {
    this.conditions = conditions == null ? null : new ArrayList<>(conditions);
    return self();
  }

  public boolean hasConditions() {
    return conditions != null;
  }

  public A withConditions(V1FlowSchemaCondition... items) {
    this.conditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConditions(V1FlowSchemaCondition... items) {
    for (V1FlowSchemaCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeFromConditions(V1FlowSchemaCondition... items) {
    return removeAllFromConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConditions(int index, V1FlowSchemaCondition item) {
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
  public A setToConditions(int index, V1FlowSchemaCondition item) {
    if (index < 0 || this.conditions == null || index >= this.conditions.size()) {
      return addToConditions(-1, item);
    }
    this.conditions.set(index, item);
    return self();
  }

  public A addAllToConditions(Collection<V1FlowSchemaCondition> items) {
    for (V1FlowSchemaCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromConditions(Collection<V1FlowSchemaCondition> items) {
    if (this.conditions != null) {
      this.conditions.removeAll(items);
    }
    return self();
  }

  public List<V1FlowSchemaCondition> buildConditions() {
    return conditions;
  }

  public V1FlowSchemaCondition buildCondition(int index) {
    return this.conditions.get(index);
  }

  public ConditionsNested addNewCondition() {
    return new ConditionsNested(-1, null);
  }

  public ConditionsNested addNewConditionLike(V1FlowSchemaCondition item) {
    return new ConditionsNested(-1, item);
  }

  public ConditionsNested setNewConditionLike(int index, V1FlowSchemaCondition item) {
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
  public class ConditionsNested extends V1FlowSchemaConditionFluent<ConditionsNested> {
    private final int index;

    ConditionsNested(int index, V1FlowSchemaCondition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1FlowSchemaStatusFluent.this.setToConditions(index, toModel());
    }

    public A endCondition() {
      return and();
    }
  }
}
