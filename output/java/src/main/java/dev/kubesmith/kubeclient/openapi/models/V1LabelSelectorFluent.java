package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1LabelSelector}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1LabelSelectorBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1LabelSelectorFluent<A extends V1LabelSelectorFluent<A>> {
  private List<V1LabelSelectorRequirement> matchExpressions;
  private Map<String, String> matchLabels;

  public V1LabelSelectorFluent() {}

  public V1LabelSelectorFluent(V1LabelSelector instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1LabelSelector instance) {
    if (instance != null) {
      this.matchExpressions = instance.getMatchExpressions() == null ? null : new ArrayList<>(instance.getMatchExpressions());
      this.matchLabels = instance.getMatchLabels() == null ? null : new LinkedHashMap<>(instance.getMatchLabels());
    }
  }

  /** A new {@link V1LabelSelector} holding what was set (lists and maps copied). */
  V1LabelSelector toModel() {
    V1LabelSelector o = new V1LabelSelector();
    o.setMatchExpressions(matchExpressions == null ? null : new ArrayList<>(matchExpressions));
    o.setMatchLabels(matchLabels == null ? null : new LinkedHashMap<>(matchLabels));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1LabelSelectorRequirement> getMatchExpressions() {
    return matchExpressions;
  }

  public A withMatchExpressions(List<V1LabelSelectorRequirement> matchExpressions) {
    this.matchExpressions = matchExpressions == null ? null : new ArrayList<>(matchExpressions);
    return self();
  }

  public boolean hasMatchExpressions() {
    return matchExpressions != null;
  }

  public A withMatchExpressions(V1LabelSelectorRequirement... items) {
    this.matchExpressions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToMatchExpressions(V1LabelSelectorRequirement... items) {
    for (V1LabelSelectorRequirement item : items) {
      addToMatchExpressions(-1, item);
    }
    return self();
  }

  public A removeFromMatchExpressions(V1LabelSelectorRequirement... items) {
    return removeAllFromMatchExpressions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToMatchExpressions(int index, V1LabelSelectorRequirement item) {
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
  public A setToMatchExpressions(int index, V1LabelSelectorRequirement item) {
    if (index < 0 || this.matchExpressions == null || index >= this.matchExpressions.size()) {
      return addToMatchExpressions(-1, item);
    }
    this.matchExpressions.set(index, item);
    return self();
  }

  public A addAllToMatchExpressions(Collection<V1LabelSelectorRequirement> items) {
    for (V1LabelSelectorRequirement item : items) {
      addToMatchExpressions(-1, item);
    }
    return self();
  }

  public A removeAllFromMatchExpressions(Collection<V1LabelSelectorRequirement> items) {
    if (this.matchExpressions != null) {
      this.matchExpressions.removeAll(items);
    }
    return self();
  }

  public List<V1LabelSelectorRequirement> buildMatchExpressions() {
    return matchExpressions;
  }

  public V1LabelSelectorRequirement buildMatchExpression(int index) {
    return this.matchExpressions.get(index);
  }

  public MatchExpressionsNested addNewMatchExpression() {
    return new MatchExpressionsNested(-1, null);
  }

  public MatchExpressionsNested addNewMatchExpressionLike(V1LabelSelectorRequirement item) {
    return new MatchExpressionsNested(-1, item);
  }

  public MatchExpressionsNested setNewMatchExpressionLike(int index, V1LabelSelectorRequirement item) {
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
  public class MatchExpressionsNested extends V1LabelSelectorRequirementFluent<MatchExpressionsNested> {
    private final int index;

    MatchExpressionsNested(int index, V1LabelSelectorRequirement item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1LabelSelectorFluent.this.setToMatchExpressions(index, toModel());
    }

    public A endMatchExpression() {
      return and();
    }
  }

  public Map<String, String> getMatchLabels() {
    return matchLabels;
  }

  public A withMatchLabels(Map<String, String> matchLabels) {
    this.matchLabels = matchLabels == null ? null : new LinkedHashMap<>(matchLabels);
    return self();
  }

  public boolean hasMatchLabels() {
    return matchLabels != null;
  }

  public A addToMatchLabels(String key, String value) {
    if (this.matchLabels == null) {
      this.matchLabels = new LinkedHashMap<>();
    }
    this.matchLabels.put(key, value);
    return self();
  }

  public A addToMatchLabels(Map<String, String> map) {
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        addToMatchLabels(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromMatchLabels(String key) {
    if (this.matchLabels != null) {
      this.matchLabels.remove(key);
    }
    return self();
  }

  public A removeFromMatchLabels(Map<String, String> map) {
    if (this.matchLabels != null && map != null) {
      this.matchLabels.keySet().removeAll(map.keySet());
    }
    return self();
  }
}
