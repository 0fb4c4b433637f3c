package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1StorageHealth}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1StorageHealthBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1StorageHealthFluent<A extends V1StorageHealthFluent<A>> {
  private List<V1StorageHealthCondition> healthConditions;
  private String name;

  public V1StorageHealthFluent() {}

  public V1StorageHealthFluent(V1StorageHealth instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1StorageHealth instance) {
    if (instance != null) {
      this.healthConditions = instance.getHealthConditions() == null ? null : new ArrayList<>(instance.getHealthConditions());
      this.name = instance.getName();
    }
  }

  /** A new {@link V1StorageHealth} holding what was set (lists and maps copied). */
  V1StorageHealth toModel() {
    V1StorageHealth o = new V1StorageHealth();
    o.setHealthConditions(healthConditions == null ? null : new ArrayList<>(healthConditions));
    o.setName(name);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1StorageHealthCondition> getHealthConditions() {
    return healthConditions;
  }

  public A withHealthConditions(List<V1StorageHealthCondition> healthConditions) {
    this.healthConditions = healthConditions == null ? null : new ArrayList<>(healthConditions);
    return self();
  }

  public boolean hasHealthConditions() {
    return healthConditions != null;
  }

  public A withHealthConditions(V1StorageHealthCondition... items) {
    this.healthConditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToHealthConditions(V1StorageHealthCondition... items) {
    for (V1StorageHealthCondition item : items) {
      addToHealthConditions(-1, item);
    }
    return self();
  }

  public A removeFromHealthConditions(V1StorageHealthCondition... items) {
    return removeAllFromHealthConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToHealthConditions(int index, V1StorageHealthCondition item) {
    if (this.healthConditions == null) {
      this.healthConditions = new ArrayList<>();
    }
    if (index < 0 || index >= this.healthConditions.size()) {
      this.healthConditions.add(item);
    } else {
      this.healthConditions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToHealthConditions(int index, V1StorageHealthCondition item) {
    if (index < 0 || this.healthConditions == null || index >= this.healthConditions.size()) {
      return addToHealthConditions(-1, item);
    }
    this.healthConditions.set(index, item);
    return self();
  }

  public A addAllToHealthConditions(Collection<V1StorageHealthCondition> items) {
    for (V1StorageHealthCondition item : items) {
      addToHealthConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromHealthConditions(Collection<V1StorageHealthCondition> items) {
    if (this.healthConditions != null) {
      this.healthConditions.removeAll(items);
    }
    return self();
  }

  public List<V1StorageHealthCondition> buildHealthConditions() {
    return healthConditions;
  }

  public V1StorageHealthCondition buildHealthCondition(int index) {
    return this.healthConditions.get(index);
  }

  public HealthConditionsNested addNewHealthCondition() {
    return new HealthConditionsNested(-1, null);
  }

  public HealthConditionsNested addNewHealthConditionLike(V1StorageHealthCondition item) {
    return new HealthConditionsNested(-1, item);
  }

  public HealthConditionsNested setNewHealthConditionLike(int index, V1StorageHealthCondition item) {
    return new HealthConditionsNested(index, item);
  }

  public HealthConditionsNested editHealthCondition(int index) {
    if (this.healthConditions == null || index < 0 || index >= this.healthConditions.size()) {
      throw new IndexOutOfBoundsException("can't edit healthConditions [" + index + "]");
    }
    return new HealthConditionsNested(index, this.healthConditions.get(index));
  }

  public HealthConditionsNested editFirstHealthCondition() {
    return editHealthCondition(0);
  }

  public HealthConditionsNested editLastHealthCondition() {
    return editHealthCondition(this.healthConditions == null ? -1 : this.healthConditions.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class HealthConditionsNested extends V1StorageHealthConditionFluent<HealthConditionsNested> {
    private final int index;

    HealthConditionsNested(int index, V1StorageHealthCondition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1StorageHealthFluent.this.setToHealthConditions(index, toModel());
    }

    public A endHealthCondition() {
      return and();
    }
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
}
