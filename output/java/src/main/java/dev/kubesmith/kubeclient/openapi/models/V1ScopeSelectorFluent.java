package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1ScopeSelector}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ScopeSelectorBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ScopeSelectorFluent<A extends V1ScopeSelectorFluent<A>> {
  private List<V1ScopedResourceSelectorRequirement> matchExpressions;

  public V1ScopeSelectorFluent() {}

  public V1ScopeSelectorFluent(V1ScopeSelector instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ScopeSelector instance) {
    if (instance != null) {
      this.matchExpressions = instance.getMatchExpressions() == null ? null : new ArrayList<>(instance.getMatchExpressions());
    }
  }

  /** A new {@link V1ScopeSelector} holding what was set (lists and maps copied). */
  V1ScopeSelector toModel() {
    V1ScopeSelector o = new V1ScopeSelector();
    o.setMatchExpressions(matchExpressions == null ? null : new ArrayList<>(matchExpressions));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1ScopedResourceSelectorRequirement> getMatchExpressions() {
    return matchExpressions;
  }

  public A withMatchExpressions(List<V1ScopedResourceSelectorRequirement> matchExpressions) {
    this.matchExpressions = matchExpressions == null ? null : new ArrayList<>(matchExpressions);
    return self();
  }

  public boolean hasMatchExpressions() {
    return matchExpressions != null;
  }

  public A withMatchExpressions(V1ScopedResourceSelectorRequirement... items) {
    this.matchExpressions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToMatchExpressions(V1ScopedResourceSelectorRequirement... items) {
    for (V1ScopedResourceSelectorRequirement item : items) {
      addToMatchExpressions(-1, item);
    }
    return self();
  }

  public A removeFromMatchExpressions(V1ScopedResourceSelectorRequirement... items) {
    return removeAllFromMatchExpressions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToMatchExpressions(int index, V1ScopedResourceSelectorRequirement item) {
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
  public A setToMatchExpressions(int index, V1ScopedResourceSelectorRequirement item) {
    if (index < 0 || this.matchExpressions == null || index >= this.matchExpressions.size()) {
      return addToMatchExpressions(-1, item);
    }
    this.matchExpressions.set(index, item);
    return self();
  }

  public A addAllToMatchExpressions(Collection<V1ScopedResourceSelectorRequirement> items) {
    for (V1ScopedResourceSelectorRequirement item : items) {
      addToMatchExpressions(-1, item);
    }
    return self();
  }

  public A removeAllFromMatchExpressions(Collection<V1ScopedResourceSelectorRequirement> items) {
    if (this.matchExpressions != null) {
      this.matchExpressions.removeAll(items);
    }
    return self();
  }

  public List<V1ScopedResourceSelectorRequirement> buildMatchExpressions() {
    return matchExpressions;
  }

  public V1ScopedResourceSelectorRequirement buildMatchExpression(int index) {
    return this.matchExpressions.get(index);
  }

  public MatchExpressionsNested addNewMatchExpression() {
    return new MatchExpressionsNested(-1, null);
  }

  public MatchExpressionsNested addNewMatchExpressionLike(V1ScopedResourceSelectorRequirement item) {
    return new MatchExpressionsNested(-1, item);
  }

  public MatchExpressionsNested setNewMatchExpressionLike(int index, V1ScopedResourceSelectorRequirement item) {
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
  public class MatchExpressionsNested extends V1ScopedResourceSelectorRequirementFluent<MatchExpressionsNested> {
    private final int index;

    MatchExpressionsNested(int index, V1ScopedResourceSelectorRequirement item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ScopeSelectorFluent.this.setToMatchExpressions(index, toModel());
    }

    public A endMatchExpression() {
      return and();
    }
  }
}
