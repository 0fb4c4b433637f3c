package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1PodFailurePolicy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodFailurePolicyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodFailurePolicyFluent<A extends V1PodFailurePolicyFluent<A>> {
  private List<V1PodFailurePolicyRule> rules;

  public V1PodFailurePolicyFluent() {}

  public V1PodFailurePolicyFluent(V1PodFailurePolicy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodFailurePolicy instance) {
    if (instance != null) {
      this.rules = instance.getRules() == null ? null : new ArrayList<>(instance.getRules());
    }
  }

  /** A new {@link V1PodFailurePolicy} holding what was set (lists and maps copied). */
  V1PodFailurePolicy toModel() {
    V1PodFailurePolicy o = new V1PodFailurePolicy();
    o.setRules(rules == null ? null : new ArrayList<>(rules));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1PodFailurePolicyRule> getRules() {
    return rules;
  }

  public A withRules(List<V1PodFailurePolicyRule> rules) {
    this.rules = rules == null ? null : new ArrayList<>(rules);
    return self();
  }

  public boolean hasRules() {
    return rules != null;
  }

  public A withRules(V1PodFailurePolicyRule... items) {
    this.rules = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToRules(V1PodFailurePolicyRule... items) {
    for (V1PodFailurePolicyRule item : items) {
      addToRules(-1, item);
    }
    return self();
  }

  public A removeFromRules(V1PodFailurePolicyRule... items) {
    return removeAllFromRules(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToRules(int index, V1PodFailurePolicyRule item) {
    if (this.rules == null) {
      this.rules = new ArrayList<>();
    }
    if (index < 0 || index >= this.rules.size()) {
      this.rules.add(item);
    } else {
      this.rules.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToRules(int index, V1PodFailurePolicyRule item) {
    if (index < 0 || this.rules == null || index >= this.rules.size()) {
      return addToRules(-1, item);
    }
    this.rules.set(index, item);
    return self();
  }

  public A addAllToRules(Collection<V1PodFailurePolicyRule> items) {
    for (V1PodFailurePolicyRule item : items) {
      addToRules(-1, item);
    }
    return self();
  }

  public A removeAllFromRules(Collection<V1PodFailurePolicyRule> items) {
    if (this.rules != null) {
      this.rules.removeAll(items);
    }
    return self();
  }

  public List<V1PodFailurePolicyRule> buildRules() {
    return rules;
  }

  public V1PodFailurePolicyRule buildRule(int index) {
    return this.rules.get(index);
  }

  public RulesNested addNewRule() {
    return new RulesNested(-1, null);
  }

  public RulesNested addNewRuleLike(V1PodFailurePolicyRule item) {
    return new RulesNested(-1, item);
  }

  public RulesNested setNewRuleLike(int index, V1PodFailurePolicyRule item) {
    return new RulesNested(index, item);
  }

  public RulesNested editRule(int index) {
    if (this.rules == null || index < 0 || index >= this.rules.size()) {
      throw new IndexOutOfBoundsException("can't edit rules [" + index + "]");
    }
    return new RulesNested(index, this.rules.get(index));
  }

  public RulesNested editFirstRule() {
    return editRule(0);
  }

  public RulesNested editLastRule() {
    return editRule(this.rules == null ? -1 : this.rules.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class RulesNested extends V1PodFailurePolicyRuleFluent<RulesNested> {
    private final int index;

    RulesNested(int index, V1PodFailurePolicyRule item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodFailurePolicyFluent.this.setToRules(index, toModel());
    }

    public A endRule() {
      return and();
    }
  }
}
