package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1ComponentStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ComponentStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ComponentStatusFluent<A extends V1ComponentStatusFluent<A>> {
  private String apiVersion;
  private List<V1ComponentCondition> conditions;
  private String kind;
  private V1ObjectMeta metadata;

  public V1ComponentStatusFluent() {}

  public V1ComponentStatusFluent(V1ComponentStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ComponentStatus instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.conditions = instance.getConditions() == null ? null : new ArrayList<>(instance.getConditions());
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
    }
  }

  /** A new {@link V1ComponentStatus} holding what was set (lists and maps copied). */
  V1ComponentStatus toModel() {
    V1ComponentStatus o = new V1ComponentStatus();
    o.setApiVersion(apiVersion);
    o.setConditions(conditions == null ? null : new ArrayList<>(conditions));
    o.setKind(kind);
    o.setMetadata(metadata);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getApiVersion() {
    return apiVersion;
  }

  public A withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return self();
  }

  public boolean hasApiVersion() {
    return apiVersion != null;
  }

  public List<V1ComponentCondition> getConditions() {
    return conditions;
  }

  public A withConditions(List<V1ComponentCondition> conditions) {
    this.conditions = conditions == null ? null : new ArrayList<>(conditions);
    return self();
  }

  public boolean hasConditions() {
    return conditions != null;
  }

  public A withConditions(V1ComponentCondition... items) {
    this.conditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConditions(V1ComponentCondition... items) {
    for (V1ComponentCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeFromConditions(V1ComponentCondition... items) {
    return removeAllFromConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConditions(int index, V1ComponentCondition item) {
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
  public A setToConditions(int index, V1ComponentCondition item) {
    if (index < 0 || this.conditions == null || index >= this.conditions.size()) {
      return addToConditions(-1, item);
    }
    this.conditions.set(index, item);
    return self();
  }

  public A addAllToConditions(Collection<V1ComponentCondition> items) {
    for (V1ComponentCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromConditions(Collection<V1ComponentCondition> items) {
    if (this.conditions != null) {
      this.conditions.removeAll(items);
    }
    return self();
  }

  public List<V1ComponentCondition> buildConditions() {
    return conditions;
  }

  public V1ComponentCondition buildCondition(int index) {
    return this.conditions.get(index);
  }

  public ConditionsNested addNewCondition() {
    return new ConditionsNested(-1, null);
  }

  public ConditionsNested addNewConditionLike(V1ComponentCondition item) {
    return new ConditionsNested(-1, item);
  }

  public ConditionsNested setNewConditionLike(int index, V1ComponentCondition item) {
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
  public class ConditionsNested extends V1ComponentConditionFluent<ConditionsNested> {
    private final int index;

    ConditionsNested(int index, V1ComponentCondition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ComponentStatusFluent.this.setToConditions(index, toModel());
    }

    public A endCondition() {
      return and();
    }
  }

  public String getKind() {
    return kind;
  }

  public A withKind(String kind) {
    this.kind = kind;
    return self();
  }

  public boolean hasKind() {
    return kind != null;
  }

  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public A withMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return self();
  }

  public boolean hasMetadata() {
    return metadata != null;
  }

  public V1ObjectMeta buildMetadata() {
    return metadata;
  }

  public MetadataNested withNewMetadata() {
    return new MetadataNested(null);
  }

  public MetadataNested withNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(item);
  }

  public MetadataNested editMetadata() {
    return new MetadataNested(metadata);
  }

  public MetadataNested editOrNewMetadata() {
    return new MetadataNested(metadata != null ? metadata : new V1ObjectMeta());
  }

  public MetadataNested editOrNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(metadata != null ? metadata : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class MetadataNested extends V1ObjectMetaFluent<MetadataNested> {
    MetadataNested(V1ObjectMeta item) {
      super(item);
    }

    public A and() {
      return V1ComponentStatusFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }
}
