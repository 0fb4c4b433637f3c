package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V2HPAScalingRules}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V2HPAScalingRulesBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V2HPAScalingRulesFluent<A extends V2HPAScalingRulesFluent<A>> {
  private List<V2HPAScalingPolicy> policies;
  private String selectPolicy;
  private Integer stabilizationWindowSeconds;
  private Quantity tolerance;

  public V2HPAScalingRulesFluent() {}

  public V2HPAScalingRulesFluent(V2HPAScalingRules instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V2HPAScalingRules instance) {
    if (instance != null) {
      this.policies = instance.getPolicies() == null ? null : new ArrayList<>(instance.getPolicies());
      this.selectPolicy = instance.getSelectPolicy();
      this.stabilizationWindowSeconds = instance.getStabilizationWindowSeconds();
      this.tolerance = instance.getTolerance();
    }
  }

  /** A new {@link V2HPAScalingRules} holding what was set (lists and maps copied). */
  V2HPAScalingRules toModel() {
    V2HPAScalingRules o = new V2HPAScalingRules();
    o.setPolicies(policies == null ? null : new ArrayList<>(policies));
    o.setSelectPolicy(selectPolicy);
    o.setStabilizationWindowSeconds(stabilizationWindowSeconds);
    o.setTolerance(tolerance);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V2HPAScalingPolicy> getPolicies() {
    return policies;
  }

  public A withPolicies(List<V2HPAScalingPolicy> policies) {
    this.policies = policies == null ? null : new ArrayList<>(policies);
    return self();
  }

  public boolean hasPolicies() {
    return policies != null;
  }

  public A withPolicies(V2HPAScalingPolicy... items) {
    this.policies = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPolicies(V2HPAScalingPolicy... items) {
    for (V2HPAScalingPolicy item : items) {
      addToPolicies(-1, item);
    }
    return self();
  }

  public A removeFromPolicies(V2HPAScalingPolicy... items) {
    return removeAllFromPolicies(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPolicies(int index, V2HPAScalingPolicy item) {
    if (this.policies == null) {
      this.policies = new ArrayList<>();
    }
    if (index < 0 || index >= this.policies.size()) {
      this.policies.add(item);
    } else {
      this.policies.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToPolicies(int index, V2HPAScalingPolicy item) {
    if (index < 0 || this.policies == null || index >= this.policies.size()) {
      return addToPolicies(-1, item);
    }
    this.policies.set(index, item);
    return self();
  }

  public A addAllToPolicies(Collection<V2HPAScalingPolicy> items) {
    for (V2HPAScalingPolicy item : items) {
      addToPolicies(-1, item);
    }
    return self();
  }

  public A removeAllFromPolicies(Collection<V2HPAScalingPolicy> items) {
    if (this.policies != null) {
      this.policies.removeAll(items);
    }
    return self();
  }

  public List<V2HPAScalingPolicy> buildPolicies() {
    return policies;
  }

  public V2HPAScalingPolicy buildPolicy(int index) {
    return this.policies.get(index);
  }

  public PoliciesNested addNewPolicy() {
    return new PoliciesNested(-1, null);
  }

  public PoliciesNested addNewPolicyLike(V2HPAScalingPolicy item) {
    return new PoliciesNested(-1, item);
  }

  public PoliciesNested setNewPolicyLike(int index, V2HPAScalingPolicy item) {
    return new PoliciesNested(index, item);
  }

  public PoliciesNested editPolicy(int index) {
    if (this.policies == null || index < 0 || index >= this.policies.size()) {
      throw new IndexOutOfBoundsException("can't edit policies [" + index + "]");
    }
    return new PoliciesNested(index, this.policies.get(index));
  }

  public PoliciesNested editFirstPolicy() {
    return editPolicy(0);
  }

  public PoliciesNested editLastPolicy() {
    return editPolicy(this.policies == null ? -1 : this.policies.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class PoliciesNested extends V2HPAScalingPolicyFluent<PoliciesNested> {
    private final int index;

    PoliciesNested(int index, V2HPAScalingPolicy item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V2HPAScalingRulesFluent.this.setToPolicies(index, toModel());
    }

    public A endPolicy() {
      return and();
    }
  }

  public String getSelectPolicy() {
    return selectPolicy;
  }

  public A withSelectPolicy(String selectPolicy) {
    this.selectPolicy = selectPolicy;
    return self();
  }

  public boolean hasSelectPolicy() {
    return selectPolicy != null;
  }

  public Integer getStabilizationWindowSeconds() {
    return stabilizationWindowSeconds;
  }

  public A withStabilizationWindowSeconds(Integer stabilizationWindowSeconds) {
    this.stabilizationWindowSeconds = stabilizationWindowSeconds;
    return self();
  }

  public boolean hasStabilizationWindowSeconds() {
    return stabilizationWindowSeconds != null;
  }

  public Quantity getTolerance() {
    return tolerance;
  }

  public A withTolerance(Quantity tolerance) {
    this.tolerance = tolerance;
    return self();
  }

  public boolean hasTolerance() {
    return tolerance != null;
  }
}
