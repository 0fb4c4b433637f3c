package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1FieldSelectorAttributes}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1FieldSelectorAttributesBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1FieldSelectorAttributesFluent<A extends V1FieldSelectorAttributesFluent<A>> {
  private String rawSelector;
  private List<V1FieldSelectorRequirement> requirements;

  public V1FieldSelectorAttributesFluent() {}

  public V1FieldSelectorAttributesFluent(V1FieldSelectorAttributes instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1FieldSelectorAttributes instance) {
    if (instance != null) {
      this.rawSelector = instance.getRawSelector();
      this.requirements = instance.getRequirements() == null ? null : new ArrayList<>(instance.getRequirements());
    }
  }

  /** A new {@link V1FieldSelectorAttributes} holding what was set (lists and maps copied). */
  V1FieldSelectorAttributes toModel() {
    V1FieldSelectorAttributes o = new V1FieldSelectorAttributes();
    o.setRawSelector(rawSelector);
    o.setRequirements(requirements == null ? null : new ArrayList<>(requirements));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getRawSelector() {
    return rawSelector;
  }

  public A withRawSelector(String rawSelector) {
    this.rawSelector = rawSelector;
    return self();
  }

  public boolean hasRawSelector() {
    return rawSelector != null;
  }

  public List<V1FieldSelectorRequirement> getRequirements() {
    return requirements;
  }

  public A withRequirements(List<V1FieldSelectorRequirement> requirements) {
    this.requirements = requirements == null ? null : new ArrayList<>(requirements);
    return self();
  }

  public boolean hasRequirements() {
    return requirements != null;
  }

  public A withRequirements(V1FieldSelectorRequirement... items) {
    this.requirements = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToRequirements(V1FieldSelectorRequirement... items) {
    for (V1FieldSelectorRequirement item : items) {
      addToRequirements(-1, item);
    }
    return self();
  }

  public A removeFromRequirements(V1FieldSelectorRequirement... items) {
    return removeAllFromRequirements(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToRequirements(int index, V1FieldSelectorRequirement item) {
    if (this.requirements == null) {
      this.requirements = new ArrayList<>();
    }
    if (index < 0 || index >= this.requirements.size()) {
      this.requirements.add(item);
    } else {
      this.requirements.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToRequirements(int index, V1FieldSelectorRequirement item) {
    if (index < 0 || this.requirements == null || index >= this.requirements.size()) {
      return addToRequirements(-1, item);
    }
    this.requirements.set(index, item);
    return self();
  }

  public A addAllToRequirements(Collection<V1FieldSelectorRequirement> items) {
    for (V1FieldSelectorRequirement item : items) {
      addToRequirements(-1, item);
    }
    return self();
  }

  public A removeAllFromRequirements(Collection<V1FieldSelectorRequirement> items) {
    if (this.requirements != null) {
      this.requirements.removeAll(items);
    }
    return self();
  }

  public List<V1FieldSelectorRequirement> buildRequirements() {
    return requirements;
  }

  public V1FieldSelectorRequirement buildRequirement(int index) {
    return this.requirements.get(index);
  }

  public RequirementsNested addNewRequirement() {
    return new RequirementsNested(-1, null);
  }

  public RequirementsNested addNewRequirementLike(V1FieldSelectorRequirement item) {
    return new RequirementsNested(-1, item);
  }

  public RequirementsNested setNewRequirementLike(int index, V1FieldSelectorRequirement item) {
    return new RequirementsNested(index, item);
  }

  public RequirementsNested editRequirement(int index) {
    if (this.requirements == null || index < 0 || index >= this.requirements.size()) {
      throw new IndexOutOfBoundsException("can't edit requirements [" + index + "]");
    }
    return new RequirementsNested(index, this.requirements.get(index));
  }

  public RequirementsNested editFirstRequirement() {
    return editRequirement(0);
  }

  public RequirementsNested editLastRequirement() {
    return editRequirement(this.requirements == null ? -1 : this.requirements.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class RequirementsNested extends V1FieldSelectorRequirementFluent<RequirementsNested> {
    private final int index;

    RequirementsNested(int index, V1FieldSelectorRequirement item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1FieldSelectorAttributesFluent.this.setToRequirements(index, toModel());
    }

    public A endRequirement() {
      return and();
    }
  }
}
