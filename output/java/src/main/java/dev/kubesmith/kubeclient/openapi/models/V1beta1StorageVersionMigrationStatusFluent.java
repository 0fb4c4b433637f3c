package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1beta1StorageVersionMigrationStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1StorageVersionMigrationStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1StorageVersionMigrationStatusFluent<A extends V1beta1StorageVersionMigrationStatusFluent<A>> {
  private List<V1Condition> conditions;
  private String resourceVersion;

  public V1beta1StorageVersionMigrationStatusFluent() {}

  public V1beta1StorageVersionMigrationStatusFluent(V1beta1StorageVersionMigrationStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1StorageVersionMigrationStatus instance) {
    if (instance != null) {
      this.conditions = instance.getConditions() == null ? null : new ArrayList<>(instance.getConditions());
      this.resourceVersion = instance.getResourceVersion();
    }
  }

  /** A new {@link V1beta1StorageVersionMigrationStatus} holding what was set (lists and maps copied). */
  V1beta1StorageVersionMigrationStatus toModel() {
    V1beta1StorageVersionMigrationStatus o = new V1beta1StorageVersionMigrationStatus();
    o.setConditions(conditions == null ? null : new ArrayList<>(conditions));
    o.setResourceVersion(resourceVersion);
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
      return V1beta1StorageVersionMigrationStatusFluent.this.setToConditions(index, toModel());
    }

    public A endCondition() {
      return and();
    }
  }

  public String getResourceVersion() {
    return resourceVersion;
  }

  public A withResourceVersion(String resourceVersion) {
    this.resourceVersion = resourceVersion;
    return self();
  }

  public boolean hasResourceVersion() {
    return resourceVersion != null;
  }
}
