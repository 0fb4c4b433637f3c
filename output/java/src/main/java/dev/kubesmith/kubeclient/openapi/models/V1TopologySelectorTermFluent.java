package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1TopologySelectorTerm}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1TopologySelectorTermBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1TopologySelectorTermFluent<A extends V1TopologySelectorTermFluent<A>> {
  private List<V1TopologySelectorLabelRequirement> matchLabelExpressions;

  public V1TopologySelectorTermFluent() {}

  public V1TopologySelectorTermFluent(V1TopologySelectorTerm instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1TopologySelectorTerm instance) {
    if (instance != null) {
      this.matchLabelExpressions = instance.getMatchLabelExpressions() == null ? null : new ArrayList<>(instance.getMatchLabelExpressions());
    }
  }

  /** A new {@link V1TopologySelectorTerm} holding what was set (lists and maps copied). */
  V1TopologySelectorTerm toModel() {
    V1TopologySelectorTerm o = new V1TopologySelectorTerm();
    o.setMatchLabelExpressions(matchLabelExpressions == null ? null : new ArrayList<>(matchLabelExpressions));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1TopologySelectorLabelRequirement> getMatchLabelExpressions() {
    return matchLabelExpressions;
  }

  public A withMatchLabelExpressions(List<V1TopologySelectorLabelRequirement> matchLabelExpressions) {
    this.matchLabelExpressions = matchLabelExpressions == null ? null : new ArrayList<>(matchLabelExpressions);
    return self();
  }

  public boolean hasMatchLabelExpressions() {
    return matchLabelExpressions != null;
  }

  public A withMatchLabelExpressions(V1TopologySelectorLabelRequirement... items) {
    this.matchLabelExpressions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToMatchLabelExpressions(V1TopologySelectorLabelRequirement... items) {
    for (V1TopologySelectorLabelRequirement item : items) {
      addToMatchLabelExpressions(-1, item);
    }
    return self();
  }

  public A removeFromMatchLabelExpressions(V1TopologySelectorLabelRequirement... items) {
    return removeAllFromMatchLabelExpressions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToMatchLabelExpressions(int index, V1TopologySelectorLabelRequirement item) {
    if (this.matchLabelExpressions == null) {
      this.matchLabelExpressions = new ArrayList<>();
    }
    if (index < 0 || index >= this.matchLabelExpressions.size()) {
      this.matchLabelExpressions.add(item);
    } else {
      this.matchLabelExpressions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToMatchLabelExpressions(int index, V1TopologySelectorLabelRequirement item) {
    if (index < 0 || this.matchLabelExpressions == null || index >= this.matchLabelExpressions.size()) {
      return addToMatchLabelExpressions(-1, item);
    }
    this.matchLabelExpressions.set(index, item);
    return self();
  }

  public A addAllToMatchLabelExpressions(Collection<V1TopologySelectorLabelRequirement> items) {
    for (V1TopologySelectorLabelRequirement item : items) {
      addToMatchLabelExpressions(-1, item);
    }
    return self();
  }

  public A removeAllFromMatchLabelExpressions(Collection<V1TopologySelectorLabelRequirement> items) {
    if (this.matchLabelExpressions != null) {
      this.matchLabelExpressions.removeAll(items);
    }
    return self();
  }

  public List<V1TopologySelectorLabelRequirement> buildMatchLabelExpressions() {
    return matchLabelExpressions;
  }

  public V1TopologySelectorLabelRequirement buildMatchLabelExpression(int index) {
    return this.matchLabelExpressions.get(index);
  }

  public MatchLabelExpressionsNested addNewMatchLabelExpression() {
    return new MatchLabelExpressionsNested(-1, null);
  }

  public MatchLabelExpressionsNested addNewMatchLabelExpressionLike(V1TopologySelectorLabelRequirement item) {
    return new MatchLabelExpressionsNested(-1, item);
  }

  public MatchLabelExpressionsNested setNewMatchLabelExpressionLike(int index, V1TopologySelectorLabelRequirement item) {
    return new MatchLabelExpressionsNested(index, item);
  }

  public MatchLabelExpressionsNested editMatchLabelExpression(int index) {
    if (this.matchLabelExpressions == null || index < 0 || index >= this.matchLabelExpressions.size()) {
      throw new IndexOutOfBoundsException("can't edit matchLabelExpressions [" + index + "]");
    }
    return new MatchLabelExpressionsNested(index, this.matchLabelExpressions.get(index));
  }

  public MatchLabelExpressionsNested editFirstMatchLabelExpression() {
    return editMatchLabelExpression(0);
  }

  public MatchLabelExpressionsNested editLastMatchLabelExpression() {
    return editMatchLabelExpression(this.matchLabelExpressions == null ? -1 : this.matchLabelExpressions.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class MatchLabelExpressionsNested extends V1TopologySelectorLabelRequirementFluent<MatchLabelExpressionsNested> {
    private final int index;

    MatchLabelExpressionsNested(int index, V1TopologySelectorLabelRequirement item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1TopologySelectorTermFluent.this.setToMatchLabelExpressions(index, toModel());
    }

    public A endMatchLabelExpression() {
      return and();
    }
  }
}
