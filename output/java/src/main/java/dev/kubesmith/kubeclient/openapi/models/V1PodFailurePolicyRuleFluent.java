package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1PodFailurePolicyRule}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodFailurePolicyRuleBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodFailurePolicyRuleFluent<A extends V1PodFailurePolicyRuleFluent<A>> {
  private String action;
  private V1PodFailurePolicyOnExitCodesRequirement onExitCodes;
  private List<V1PodFailurePolicyOnPodConditionsPattern> onPodConditions;

  public V1PodFailurePolicyRuleFluent() {}

  public V1PodFailurePolicyRuleFluent(V1PodFailurePolicyRule instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodFailurePolicyRule instance) {
    if (instance != null) {
      this.action = instance.getAction();
      this.onExitCodes = instance.getOnExitCodes();
      this.onPodConditions = instance.getOnPodConditions() == null ? null : new ArrayList<>(instance.getOnPodConditions());
    }
  }

  /** A new {@link V1PodFailurePolicyRule} holding what was set (lists and maps copied). */
  V1PodFailurePolicyRule toModel() {
    V1PodFailurePolicyRule o = new V1PodFailurePolicyRule();
    o.setAction(action);
    o.setOnExitCodes(onExitCodes);
    o.setOnPodConditions(onPodConditions == null ? null : new ArrayList<>(onPodConditions));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getAction() {
    return action;
  }

  public A withAction(String action) {
    this.action = action;
    return self();
  }

  public boolean hasAction() {
    return action != null;
  }

  public V1PodFailurePolicyOnExitCodesRequirement getOnExitCodes() {
    return onExitCodes;
  }

  public A withOnExitCodes(V1PodFailurePolicyOnExitCodesRequirement onExitCodes) {
    this.onExitCodes = onExitCodes;
    return self();
  }

  public boolean hasOnExitCodes() {
    return onExitCodes != null;
  }

  public V1PodFailurePolicyOnExitCodesRequirement buildOnExitCodes() {
    return onExitCodes;
  }

  public OnExitCodesNested withNewOnExitCodes() {
    return new OnExitCodesNested(null);
  }

  public OnExitCodesNested withNewOnExitCodesLike(V1PodFailurePolicyOnExitCodesRequirement item) {
    return new OnExitCodesNested(item);
  }

  public OnExitCodesNested editOnExitCodes() {
    return new OnExitCodesNested(onExitCodes);
  }

  public OnExitCodesNested editOrNewOnExitCodes() {
    return new OnExitCodesNested(onExitCodes != null ? onExitCodes : new V1PodFailurePolicyOnExitCodesRequirement());
  }

  public OnExitCodesNested editOrNewOnExitCodesLike(V1PodFailurePolicyOnExitCodesRequirement item) {
    return new OnExitCodesNested(onExitCodes != null ? onExitCodes : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class OnExitCodesNested extends V1PodFailurePolicyOnExitCodesRequirementFluent<OnExitCodesNested> {
    OnExitCodesNested(V1PodFailurePolicyOnExitCodesRequirement item) {
      super(item);
    }

    public A and() {
      return V1PodFailurePolicyRuleFluent.this.withOnExitCodes(toModel());
    }

    public A endOnExitCodes() {
      return and();
    }
  }

  public List<V1PodFailurePolicyOnPodConditionsPattern> getOnPodConditions() {
    return onPodConditions;
  }

  public A withOnPodConditions(List<V1PodFailurePolicyOnPodConditionsPattern> onPodConditions) {
    this.onPodConditions = onPodConditions == null ? null : new ArrayList<>(onPodConditions);
    return self();
  }

  public boolean hasOnPodConditions() {
    return onPodConditions != null;
  }

  public A withOnPodConditions(V1PodFailurePolicyOnPodConditionsPattern... items) {
    this.onPodConditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToOnPodConditions(V1PodFailurePolicyOnPodConditionsPattern... items) {
    for (V1PodFailurePolicyOnPodConditionsPattern item : items) {
      addToOnPodConditions(-1, item);
    }
    return self();
  }

  public A removeFromOnPodConditions(V1PodFailurePolicyOnPodConditionsPattern... items) {
    return removeAllFromOnPodConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToOnPodConditions(int index, V1PodFailurePolicyOnPodConditionsPattern item) {
    if (this.onPodConditions == null) {
      this.onPodConditions = new ArrayList<>();
    }
    if (index < 0 || index >= this.onPodConditions.size()) {
      this.onPodConditions.add(item);
    } else {
      this.onPodConditions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToOnPodConditions(int index, V1PodFailurePolicyOnPodConditionsPattern item) {
    if (index < 0 || this.onPodConditions == null || index >= this.onPodConditions.size()) {
      return addToOnPodConditions(-1, item);
    }
    this.onPodConditions.set(index, item);
    return self();
  }

  public A addAllToOnPodConditions(Collection<V1PodFailurePolicyOnPodConditionsPattern> items) {
    for (V1PodFailurePolicyOnPodConditionsPattern item : items) {
      addToOnPodConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromOnPodConditions(Collection<V1PodFailurePolicyOnPodConditionsPattern> items) {
    if (this.onPodConditions != null) {
      this.onPodConditions.removeAll(items);
    }
    return self();
  }

  public List<V1PodFailurePolicyOnPodConditionsPattern> buildOnPodConditions() {
    return onPodConditions;
  }

  public V1PodFailurePolicyOnPodConditionsPattern buildOnPodCondition(int index) {
    return this.onPodConditions.get(index);
  }

  public OnPodConditionsNested addNewOnPodCondition() {
    return new OnPodConditionsNested(-1, null);
  }

  public OnPodConditionsNested addNewOnPodConditionLike(V1PodFailurePolicyOnPodConditionsPattern item) {
    return new OnPodConditionsNested(-1, item);
  }

  public OnPodConditionsNested setNewOnPodConditionLike(int index, V1PodFailurePolicyOnPodConditionsPattern item) {
    return new OnPodConditionsNested(index, item);
  }

  public OnPodConditionsNested editOnPodCondition(int index) {
    if (this.onPodConditions == null || index < 0 || index >= this.onPodConditions.size()) {
      throw new IndexOutOfBoundsException("can't edit onPodConditions [" + index + "]");
    }
    return new OnPodConditionsNested(index, this.onPodConditions.get(index));
  }

  public OnPodConditionsNested editFirstOnPodCondition() {
    return editOnPodCondition(0);
  }

  public OnPodConditionsNested editLastOnPodCondition() {
    return editOnPodCondition(this.onPodConditions == null ? -1 : this.onPodConditions.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class OnPodConditionsNested extends V1PodFailurePolicyOnPodConditionsPatternFluent<OnPodConditionsNested> {
    private final int index;

    OnPodConditionsNested(int index, V1PodFailurePolicyOnPodConditionsPattern item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodFailurePolicyRuleFluent.this.setToOnPodConditions(index, toModel());
    }

    public A endOnPodCondition() {
      return and();
    }
  }
}
