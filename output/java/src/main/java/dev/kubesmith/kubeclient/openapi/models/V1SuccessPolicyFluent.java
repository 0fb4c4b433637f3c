package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1SuccessPolicy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SuccessPolicyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SuccessPolicyFluent<A extends V1SuccessPolicyFluent<A>> {
  private List<V1SuccessPolicyRule> rules;

  public V1SuccessPolicyFluent() {}

  public V1SuccessPolicyFluent(V1SuccessPolicy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1SuccessPolicy instance) {
    if (instance != null) {
      this.rules = instance.getRules() == null ? null : new ArrayList<>(instance.getRules());
    }
  }

  /** A new {@link V1SuccessPolicy} holding what was set (lists and maps copied). */
  V1SuccessPolicy toModel() {
    V1SuccessPolicy o = new V1SuccessPolicy();
    o.setRules(rules == null ? null : new ArrayList<>(rules));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1SuccessPolicyRule> getRules() {
    return rules;
  }

  public A withRules(List<V1SuccessPolicyRule> rules) {
    this.rules = rules == null ? null : new ArrayList<>(rules);
    return self();
  }

  public boolean hasRules() {
    return rules != null;
  }

  public A withRules(V1SuccessPolicyRule... items) {
    this.rules = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToRules(V1SuccessPolicyRule... items) {
    for (V1SuccessPolicyRule item : items) {
      addToRules(-1, item);
    }
    return self();
  }

  public A removeFromRules(V1SuccessPolicyRule... items) {
    return removeAllFromRules(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToRules(int index, V1SuccessPolicyRule item) {
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
  public A setToRules(int index, V1SuccessPolicyRule item) {
    if (index < 0 || this.rules == null || index >= this.rules.size()) {
      return addToRules(-1, item);
    }
    this.rules.set(index, item);
    return self();
  }

  public A addAllToRules(Collection<V1SuccessPolicyRule> items) {
    for (V1SuccessPolicyRule item : items) {
      addToRules(-1, item);
    }
    return self();
  }

  public A removeAllFromRules(Collection<V1SuccessPolicyRule> items) {
    if (this.rules != null) {
      this.rules.removeAll(items);
    }
    return self();
  }

  public List<V1SuccessPolicyRule> buildRules() {
    return rules;
  }

  public V1SuccessPolicyRule buildRule(int index) {
    return this.rules.get(index);
  }

  public RulesNested addNewRule() {
    return new RulesNested(-1, null);
  }

  public RulesNested addNewRuleLike(V1SuccessPolicyRule item) {
    return new RulesNested(-1, item);
  }

  public RulesNested setNewRuleLike(int index, V1SuccessPolicyRule item) {
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
  public class RulesNested extends V1SuccessPolicyRuleFluent<RulesNested> {
    private final int index;

    RulesNested(int index, V1SuccessPolicyRule item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1SuccessPolicyFluent.this.setToRules(index, toModel());
    }

    public A endRule() {
      return and();
    }
  }
}
