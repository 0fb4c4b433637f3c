package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1alpha1StorageVersionStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha1StorageVersionStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha1StorageVersionStatusFluent<A extends V1alpha1StorageVersionStatusFluent<A>> {
  private String commonEncodingVersion;
  private List<V1alpha1StorageVersionCondition> conditions;
  private List<V1alpha1ServerStorageVersion> storageVersions;

  public V1alpha1StorageVersionStatusFluent() {}

  public V1alpha1StorageVersionStatusFluent(V1alpha1StorageVersionStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha1StorageVersionStatus instance) {
    if (instance != null) {
      this.commonEncodingVersion = instance.getCommonEncodingVersion();
      this.conditions = instance.getConditions() == null ? null : new ArrayList<>(instance.getConditions());
      this.storageVersions = instance.getStorageVersions() == null ? null : new ArrayList<>(instance.getStorageVersions());
    }
  }

  /** A new {@link V1alpha1StorageVersionStatus} holding what was set (lists and maps copied). */
  V1alpha1StorageVersionStatus toModel() {
    V1alpha1StorageVersionStatus o = new V1alpha1StorageVersionStatus();
    o.setCommonEncodingVersion(commonEncodingVersion);
    o.setConditions(conditions == null ? null : new ArrayList<>(conditions));
    o.setStorageVersions(storageVersions == null ? null : new ArrayList<>(storageVersions));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getCommonEncodingVersion() {
    return commonEncodingVersion;
  }

  public A withCommonEncodingVersion(String commonEncodingVersion) {
    this.commonEncodingVersion = commonEncodingVersion;
    return self();
  }

  public boolean hasCommonEncodingVersion() {
    return commonEncodingVersion != null;
  }

  public List<V1alpha1StorageVersionCondition> getConditions() {
    return conditions;
  }

  public A withConditions(List<V1alpha1StorageVersionCondition> conditions) {
    this.conditions = conditions == null ? null : new ArrayList<>(conditions);
    return self();
  }

  public boolean hasConditions() {
    return conditions != null;
  }

  public A withConditions(V1alpha1StorageVersionCondition... items) {
    this.conditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConditions(V1alpha1StorageVersionCondition... items) {
    for (V1alpha1StorageVersionCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeFromConditions(V1alpha1StorageVersionCondition... items) {
    return removeAllFromConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConditions(int index, V1alpha1StorageVersionCondition item) {
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
  public A setToConditions(int index, V1alpha1StorageVersionCondition item) {
    if (index < 0 || this.conditions == null || index >= this.conditions.size()) {
      return addToConditions(-1, item);
    }
    this.conditions.set(index, item);
    return self();
  }

  public A addAllToConditions(Collection<V1alpha1StorageVersionCondition> items) {
    for (V1alpha1StorageVersionCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromConditions(Collection<V1alpha1StorageVersionCondition> items) {
    if (this.conditions != null) {
      this.conditions.removeAll(items);
    }
    return self();
  }

  public List<V1alpha1StorageVersionCondition> buildConditions() {
    return conditions;
  }

  public V1alpha1StorageVersionCondition buildCondition(int index) {
    return this.conditions.get(index);
  }

  public ConditionsNested addNewCondition() {
    return new ConditionsNested(-1, null);
  }

  public ConditionsNested addNewConditionLike(V1alpha1StorageVersionCondition item) {
    return new ConditionsNested(-1, item);
  }

  public ConditionsNested setNewConditionLike(int index, V1alpha1StorageVersionCondition item) {
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
  public class ConditionsNested extends V1alpha1StorageVersionConditionFluent<ConditionsNested> {
    private final int index;

    ConditionsNested(int index, V1alpha1StorageVersionCondition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1alpha1StorageVersionStatusFluent.this.setToConditions(index, toModel());
    }

    public A endCondition() {
      return and();
    }
  }

  public List<V1alpha1ServerStorageVersion> getStorageVersions() {
    return storageVersions;
  }

  public A withStorageVersions(List<V1alpha1ServerStorageVersion> storageVersions) {
    this.storageVersions = storageVersions == null ? null : new ArrayList<>(storageVersions);
    return self();
  }

  public boolean hasStorageVersions() {
    return storageVersions != null;
  }

  public A withStorageVersions(V1alpha1ServerStorageVersion... items) {
    this.storageVersions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToStorageVersions(V1alpha1ServerStorageVersion... items) {
    for (V1alpha1ServerStorageVersion item : items) {
      addToStorageVersions(-1, item);
    }
    return self();
  }

  public A removeFromStorageVersions(V1alpha1ServerStorageVersion... items) {
    return removeAllFromStorageVersions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToStorageVersions(int index, V1alpha1ServerStorageVersion item) {
    if (this.storageVersions == null) {
      this.storageVersions = new ArrayList<>();
    }
    if (index < 0 || index >= this.storageVersions.size()) {
      this.storageVersions.add(item);
    } else {
      this.storageVersions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToStorageVersions(int index, V1alpha1ServerStorageVersion item) {
    if (index < 0 || this.storageVersions == null || index >= this.storageVersions.size()) {
      return addToStorageVersions(-1, item);
    }
    this.storageVersions.set(index, item);
    return self();
  }

  public A addAllToStorageVersions(Collection<V1alpha1ServerStorageVersion> items) {
    for (V1alpha1ServerStorageVersion item : items) {
      addToStorageVersions(-1, item);
    }
    return self();
  }

  public A removeAllFromStorageVersions(Collection<V1alpha1ServerStorageVersion> items) {
    if (this.storageVersions != null) {
      this.storageVersions.removeAll(items);
    }
    return self();
  }

  public List<V1alpha1ServerStorageVersion> buildStorageVersions() {
    return storageVersions;
  }

  public V1alpha1ServerStorageVersion buildStorageVersion(int index) {
    return this.storageVersions.get(index);
  }

  public StorageVersionsNested addNewStorageVersion() {
    return new StorageVersionsNested(-1, null);
  }

  public StorageVersionsNested addNewStorageVersionLike(V1alpha1ServerStorageVersion item) {
    return new StorageVersionsNested(-1, item);
  }

  public StorageVersionsNested setNewStorageVersionLike(int index, V1alpha1ServerStorageVersion item) {
    return new StorageVersionsNested(index, item);
  }

  public StorageVersionsNested editStorageVersion(int index) {
    if (this.storageVersions == null || index < 0 || index >= this.storageVersions.size()) {
      throw new IndexOutOfBoundsException("can't edit storageVersions [" + index + "]");
    }
    return new StorageVersionsNested(index, this.storageVersions.get(index));
  }

  public StorageVersionsNested editFirstStorageVersion() {
    return editStorageVersion(0);
  }

  public StorageVersionsNested editLastStorageVersion() {
    return editStorageVersion(this.storageVersions == null ? -1 : this.storageVersions.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class StorageVersionsNested extends V1alpha1ServerStorageVersionFluent<StorageVersionsNested> {
    private final int index;

    StorageVersionsNested(int index, V1alpha1ServerStorageVersion item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1alpha1StorageVersionStatusFluent.this.setToStorageVersions(index, toModel());
    }

    public A endStorageVersion() {
      return and();
    }
  }
}
