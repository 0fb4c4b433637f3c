package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1alpha3ResourcePoolStatusRequestStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3ResourcePoolStatusRequestStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3ResourcePoolStatusRequestStatusFluent<A extends V1alpha3ResourcePoolStatusRequestStatusFluent<A>> {
  private List<V1Condition> conditions;
  private Integer poolCount;
  private List<V1alpha3PoolStatus> pools;

  public V1alpha3ResourcePoolStatusRequestStatusFluent() {}

  public V1alpha3ResourcePoolStatusRequestStatusFluent(V1alpha3ResourcePoolStatusRequestStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3ResourcePoolStatusRequestStatus instance) {
    if (instance != null) {
      this.conditions = instance.getConditions() == null ? null : new ArrayList<>(instance.getConditions());
      this.poolCount = instance.getPoolCount();
      this.pools = instance.getPools() == null ? null : new ArrayList<>(instance.getPools());
    }
  }

  /** A new {@link V1alpha3ResourcePoolStatusRequestStatus} holding what was set (lists and maps copied). */
  V1alpha3ResourcePoolStatusRequestStatus toModel() {
    V1alpha3ResourcePoolStatusRequestStatus o = new V1alpha3ResourcePoolStatusRequestStatus();
    o.setConditions(conditions == null ? null : new ArrayList<>(conditions));
    o.setPoolCount(poolCount);
    o.setPools(pools == null ? null : new ArrayList<>(pools));
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
      return V1alpha3ResourcePoolStatusRequestStatusFluent.this.setToConditions(index, toModel());
    }

    public A endCondition() {
      return and();
    }
  }

  public Integer getPoolCount() {
    return poolCount;
  }

  public A withPoolCount(Integer poolCount) {
    this.poolCount = poolCount;
    return self();
  }

  public boolean hasPoolCount() {
    return poolCount != null;
  }

  public List<V1alpha3PoolStatus> getPools() {
    return pools;
  }

  public A withPools(List<V1alpha3PoolStatus> pools) {
    this.pools = pools == null ? null : new ArrayList<>(pools);
    return self();
  }

  public boolean hasPools() {
    return pools != null;
  }

  public A withPools(V1alpha3PoolStatus... items) {
    this.pools = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPools(V1alpha3PoolStatus... items) {
    for (V1alpha3PoolStatus item : items) {
      addToPools(-1, item);
    }
    return self();
  }

  public A removeFromPools(V1alpha3PoolStatus... items) {
    return removeAllFromPools(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPools(int index, V1alpha3PoolStatus item) {
    if (this.pools == null) {
      this.pools = new ArrayList<>();
    }
    if (index < 0 || index >= this.pools.size()) {
      this.pools.add(item);
    } else {
      this.pools.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToPools(int index, V1alpha3PoolStatus item) {
    if (index < 0 || this.pools == null || index >= this.pools.size()) {
      return addToPools(-1, item);
    }
    this.pools.set(index, item);
    return self();
  }

  public A addAllToPools(Collection<V1alpha3PoolStatus> items) {
    for (V1alpha3PoolStatus item : items) {
      addToPools(-1, item);
    }
    return self();
  }

  public A removeAllFromPools(Collection<V1alpha3PoolStatus> items) {
    if (this.pools != null) {
      this.pools.removeAll(items);
    }
    return self();
  }

  public List<V1alpha3PoolStatus> buildPools() {
    return pools;
  }

  public V1alpha3PoolStatus buildPool(int index) {
    return this.pools.get(index);
  }

  public PoolsNested addNewPool() {
    return new PoolsNested(-1, null);
  }

  public PoolsNested addNewPoolLike(V1alpha3PoolStatus item) {
    return new PoolsNested(-1, item);
  }

  public PoolsNested setNewPoolLike(int index, V1alpha3PoolStatus item) {
    return new PoolsNested(index, item);
  }

  public PoolsNested editPool(int index) {
    if (this.pools == null || index < 0 || index >= this.pools.size()) {
      throw new IndexOutOfBoundsException("can't edit pools [" + index + "]");
    }
    return new PoolsNested(index, this.pools.get(index));
  }

  public PoolsNested editFirstPool() {
    return editPool(0);
  }

  public PoolsNested editLastPool() {
    return editPool(this.pools == null ? -1 : this.pools.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class PoolsNested extends V1alpha3PoolStatusFluent<PoolsNested> {
    private final int index;

    PoolsNested(int index, V1alpha3PoolStatus item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1alpha3ResourcePoolStatusRequestStatusFluent.this.setToPools(index, toModel());
    }

    public A endPool() {
      return and();
    }
  }
}
