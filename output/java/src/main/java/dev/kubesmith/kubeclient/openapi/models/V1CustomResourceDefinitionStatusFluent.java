package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1CustomResourceDefinitionStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CustomResourceDefinitionStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CustomResourceDefinitionStatusFluent<A extends V1CustomResourceDefinitionStatusFluent<A>> {
  private V1CustomResourceDefinitionNames acceptedNames;
  private List<V1CustomResourceDefinitionCondition> conditions;
  private Long observedGeneration;
  private List<String> storedVersions;

  public V1CustomResourceDefinitionStatusFluent() {}

  public V1CustomResourceDefinitionStatusFluent(V1CustomResourceDefinitionStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CustomResourceDefinitionStatus instance) {
    if (instance != null) {
      this.acceptedNames = instance.getAcceptedNames();
      this.conditions = instance.getConditions() == null ? null : new ArrayList<>(instance.getConditions());
      this.observedGeneration = instance.getObservedGeneration();
      this.storedVersions = instance.getStoredVersions() == null ? null : new ArrayList<>(instance.getStoredVersions());
    }
  }

  /** A new {@link V1CustomResourceDefinitionStatus} holding what was set (lists and maps copied). */
  V1CustomResourceDefinitionStatus toModel() {
    V1CustomResourceDefinitionStatus o = new V1CustomResourceDefinitionStatus();
    o.setAcceptedNames(acceptedNames);
    o.setConditions(conditions == null ? null : new ArrayList<>(conditions));
    o.setObservedGeneration(observedGeneration);
    o.setStoredVersions(storedVersions == null ? null : new ArrayList<>(storedVersions));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1CustomResourceDefinitionNames getAcceptedNames() {
    return acceptedNames;
  }

  public A withAcceptedNames(V1CustomResourceDefinitionNames acceptedNames) {
    this.acceptedNames = acceptedNames;
    return self();
  }

  public boolean hasAcceptedNames() {
    return acceptedNames != null;
  }

  public V1CustomResourceDefinitionNames buildAcceptedNames() {
    return acceptedNames;
  }

  public AcceptedNamesNested withNewAcceptedNames() {
    return new AcceptedNamesNested(null);
  }

  public AcceptedNamesNested withNewAcceptedNamesLike(V1CustomResourceDefinitionNames item) {
    return new AcceptedNamesNested(item);
  }

  public AcceptedNamesNested editAcceptedNames() {
    return new AcceptedNamesNested(acceptedNames);
  }

  public AcceptedNamesNested editOrNewAcceptedNames() {
    return new AcceptedNamesNested(acceptedNames != null ? acceptedNames : new V1CustomResourceDefinitionNames());
  }

  public AcceptedNamesNested editOrNewAcceptedNamesLike(V1CustomResourceDefinitionNames item) {
    return new AcceptedNamesNested(acceptedNames != null ? acceptedNames : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class AcceptedNamesNested extends V1CustomResourceDefinitionNamesFluent<AcceptedNamesNested> {
    AcceptedNamesNested(V1CustomResourceDefinitionNames item) {
      super(item);
    }

    public A and() {
      return V1CustomResourceDefinitionStatusFluent.this.withAcceptedNames(toModel());
    }

    public A endAcceptedNames() {
      return and();
    }
  }

  public List<V1CustomResourceDefinitionCondition> getConditions() {
    return conditions;
  }

  public A withConditions(List<V1CustomResourceDefinitionCondition> conditions) {
    this.conditions = conditions == null ? null : new ArrayList<>(conditions);
    return self();
  }

  public boolean hasConditions() {
    return conditions != null;
  }

  public A withConditions(V1CustomResourceDefinitionCondition... items) {
    this.conditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConditions(V1CustomResourceDefinitionCondition... items) {
    for (V1CustomResourceDefinitionCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeFromConditions(V1CustomResourceDefinitionCondition... items) {
    return removeAllFromConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConditions(int index, V1CustomResourceDefinitionCondition item) {
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
  public A setToConditions(int index, V1CustomResourceDefinitionCondition item) {
    if (index < 0 || this.conditions == null || index >= this.conditions.size()) {
      return addToConditions(-1, item);
    }
    this.conditions.set(index, item);
    return self();
  }

  public A addAllToConditions(Collection<V1CustomResourceDefinitionCondition> items) {
    for (V1CustomResourceDefinitionCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromConditions(Collection<V1CustomResourceDefinitionCondition> items) {
    if (this.conditions != null) {
      this.conditions.removeAll(items);
    }
    return self();
  }

  public List<V1CustomResourceDefinitionCondition> buildConditions() {
    return conditions;
  }

  public V1CustomResourceDefinitionCondition buildCondition(int index) {
    return this.conditions.get(index);
  }

  public ConditionsNested addNewCondition() {
    return new ConditionsNested(-1, null);
  }

  public ConditionsNested addNewConditionLike(V1CustomResourceDefinitionCondition item) {
    return new ConditionsNested(-1, item);
  }

  public ConditionsNested setNewConditionLike(int index, V1CustomResourceDefinitionCondition item) {
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
  public class ConditionsNested extends V1CustomResourceDefinitionConditionFluent<ConditionsNested> {
    private final int index;

    ConditionsNested(int index, V1CustomResourceDefinitionCondition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1CustomResourceDefinitionStatusFluent.this.setToConditions(index, toModel());
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

  public List<String> getStoredVersions() {
    return storedVersions;
  }

  public A withStoredVersions(List<String> storedVersions) {
    this.storedVersions = storedVersions == null ? null : new ArrayList<>(storedVersions);
    return self();
  }

  public boolean hasStoredVersions() {
    return storedVersions != null;
  }

  public A withStoredVersions(String... items) {
    this.storedVersions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToStoredVersions(String... items) {
    for (String item : items) {
      addToStoredVersions(-1, item);
    }
    return self();
  }

  public A removeFromStoredVersions(String... items) {
    return removeAllFromStoredVersions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToStoredVersions(int index, String item) {
    if (this.storedVersions == null) {
      this.storedVersions = new ArrayList<>();
    }
    if (index < 0 || index >= this.storedVersions.size()) {
      this.storedVersions.add(item);
    } else {
      this.storedVersions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToStoredVersions(int index, String item) {
    if (index < 0 || this.storedVersions == null || index >= this.storedVersions.size()) {
      return addToStoredVersions(-1, item);
    }
    this.storedVersions.set(index, item);
    return self();
  }

  public A addAllToStoredVersions(Collection<String> items) {
    for (String item : items) {
      addToStoredVersions(-1, item);
    }
    return self();
  }

  public A removeAllFromStoredVersions(Collection<String> items) {
    if (this.storedVersions != null) {
      this.storedVersions.removeAll(items);
    }
    return self();
  }
}
