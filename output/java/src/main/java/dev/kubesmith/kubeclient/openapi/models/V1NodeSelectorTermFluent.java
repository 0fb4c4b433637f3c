package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1NodeSelectorTerm}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeSelectorTermBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeSelectorTermFluent<A extends V1NodeSelectorTermFluent<A>> {
  private List<V1NodeSelectorRequirement> matchExpressions;
  private List<V1NodeSelectorRequirement> matchFields;

  public V1NodeSelectorTermFluent() {}

  public V1NodeSelectorTermFluent(V1NodeSelectorTerm instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeSelectorTerm instance) {
    if (instance != null) {
      this.matchExpressions = instance.getMatchExpressions() == null ? null : new ArrayList<>(instance.getMatchExpressions());
      this.matchFields = instance.getMatchFields() == null ? null : new ArrayList<>(instance.getMatchFields());
    }
  }

  /** A new {@link V1NodeSelectorTerm} holding what was set (lists and maps copied). */
  V1NodeSelectorTerm toModel() {
    V1NodeSelectorTerm o = new V1NodeSelectorTerm();
    o.setMatchExpressions(matchExpressions == null ? null : new ArrayList<>(matchExpressions));
    o.setMatchFields(matchFields == null ? null : new ArrayList<>(matchFields));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1NodeSelectorRequirement> getMatchExpressions() {
    return matchExpressions;
  }

  public A withMatchExpressions(List<V1NodeSelectorRequirement> matchExpressions) {
    this.matchExpressions = matchExpressions == null ? null : new ArrayList<>(matchExpressions);
    return self();
  }

  public boolean hasMatchExpressions() {
    return matchExpressions != null;
  }

  public A withMatchExpressions(V1NodeSelectorRequirement... items) {
    this.matchExpressions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToMatchExpressions(V1NodeSelectorRequirement... items) {
    for (V1NodeSelectorRequirement item : items) {
      addToMatchExpressions(-1, item);
    }
    return self();
  }

  public A removeFromMatchExpressions(V1NodeSelectorRequirement... items) {
    return removeAllFromMatchExpressions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToMatchExpressions(int index, V1NodeSelectorRequirement item) {
    if (this.matchExpressions == null) {
      this.matchExpressions = new ArrayList<>();
    }
    if (index < 0 || index >= this.matchExpressions.size()) {
      this.matchExpressions.add(item);
    } else {
      this.matchExpressions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToMatchExpressions(int index, V1NodeSelectorRequirement item) {
    if (index < 0 || this.matchExpressions == null || index >= this.matchExpressions.size()) {
      return addToMatchExpressions(-1, item);
    }
    this.matchExpressions.set(index, item);
    return self();
  }

  public A addAllToMatchExpressions(Collection<V1NodeSelectorRequirement> items) {
    for (V1NodeSelectorRequirement item : items) {
      addToMatchExpressions(-1, item);
    }
    return self();
  }

  public A removeAllFromMatchExpressions(Collection<V1NodeSelectorRequirement> items) {
    if (this.matchExpressions != null) {
      this.matchExpressions.removeAll(items);
    }
    return self();
  }

  public List<V1NodeSelectorRequirement> buildMatchExpressions() {
    return matchExpressions;
  }

  public V1NodeSelectorRequirement buildMatchExpression(int index) {
    return this.matchExpressions.get(index);
  }

  public MatchExpressionsNested addNewMatchExpression() {
    return new MatchExpressionsNested(-1, null);
  }

  public MatchExpressionsNested addNewMatchExpressionLike(V1NodeSelectorRequirement item) {
    return new MatchExpressionsNested(-1, item);
  }

  public MatchExpressionsNested setNewMatchExpressionLike(int index, V1NodeSelectorRequirement item) {
    return new MatchExpressionsNested(index, item);
  }

  public MatchExpressionsNested editMatchExpression(int index) {
    if (this.matchExpressions == null || index < 0 || index >= this.matchExpressions.size()) {
      throw new IndexOutOfBoundsException("can't edit matchExpressions [" + index + "]");
    }
    return new MatchExpressionsNested(index, this.matchExpressions.get(index));
  }

  public MatchExpressionsNested editFirstMatchExpression() {
    return editMatchExpression(0);
  }

  public MatchExpressionsNested editLastMatchExpression() {
    return editMatchExpression(this.matchExpressions == null ? -1 : this.matchExpressions.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class MatchExpressionsNested extends V1NodeSelectorRequirementFluent<MatchExpressionsNested> {
    private final int index;

    MatchExpressionsNested(int index, V1NodeSelectorRequirement item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1NodeSelectorTermFluent.this.setToMatchExpressions(index, toModel());
    }

    public A endMatchExpression() {
      return and();
    }
  }

  public List<V1NodeSelectorRequirement> getMatchFields() {
    return matchFields;
  }

  public A withMatchFields(List<V1NodeSelectorRequirement> matchFields) {
    this.matchFields = matchFields == null ? null : new ArrayList<>(matchFields);
    return self();
  }

  public boolean hasMatchFields() {
    return matchFields != null;
  }

  public A withMatchFields(V1NodeSelectorRequirement... items) {
    this.matchFields = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToMatchFields(V1NodeSelectorRequirement... items) {
    for (V1NodeSelectorRequirement item : items) {
      addToMatchFields(-1, item);
    }
    return self();
  }

  public A removeFromMatchFields(V1NodeSelectorRequirement... items) {
    return removeAllFromMatchFields(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToMatchFields(int index, V1NodeSelectorRequirement item) {
    if (this.matchFields == null) {
      this.matchFields = new ArrayList<>();
    }
    if (index < 0 || index >= this.matchFields.size()) {
      this.matchFields.add(item);
    } else {
      this.matchFields.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToMatchFields(int index, V1NodeSelectorRequirement item) {
    if (index < 0 || this.matchFields == null || index >= this.matchFields.size()) {
      return addToMatchFields(-1, item);
    }
    this.matchFields.set(index, item);
    return self();
  }

  public A addAllToMatchFields(Collection<V1NodeSelectorRequirement> items) {
    for (V1NodeSelectorRequirement item : items) {
      addToMatchFields(-1, item);
    }
    return self();
  }

  public A removeAllFromMatchFields(Collection<V1NodeSelectorRequirement> items) {
    if (this.matchFields != null) {
      this.matchFields.removeAll(items);
    }
    return self();
  }

  public List<V1NodeSelectorRequirement> buildMatchFields() {
    return matchFields;
  }

  public V1NodeSelectorRequirement buildMatchField(int index) {
    return this.matchFields.get(index);
  }

  public MatchFieldsNested addNewMatchField() {
    return new MatchFieldsNested(-1, null);
  }

  public MatchFieldsNested addNewMatchFieldLike(V1NodeSelectorRequirement item) {
    return new MatchFieldsNested(-1, item);
  }

  public MatchFieldsNested setNewMatchFieldLike(int index, V1NodeSelectorRequirement item) {
    return new MatchFieldsNested(index, item);
  }

  public MatchFieldsNested editMatchField(int index) {
    if (this.matchFields == null || index < 0 || index >= this.matchFields.size()) {
      throw new IndexOutOfBoundsException("can't edit matchFields [" + index + "]");
    }
    return new MatchFieldsNested(index, this.matchFields.get(index));
  }

  public MatchFieldsNested editFirstMatchField() {
    return editMatchField(0);
  }

  public MatchFieldsNested editLastMatchField() {
    return editMatchField(this.matchFields == null ? -1 : this.matchFields.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class MatchFieldsNested extends V1NodeSelectorRequirementFluent<MatchFieldsNested> {
    private final int index;

    MatchFieldsNested(int index, V1NodeSelectorRequirement item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1NodeSelectorTermFluent.this.setToMatchFields(index, toModel());
    }

    public A endMatchField() {
      return and();
    }
  }
}
