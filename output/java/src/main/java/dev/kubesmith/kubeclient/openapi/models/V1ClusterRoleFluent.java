package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1ClusterRole}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ClusterRoleBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ClusterRoleFluent<A extends V1ClusterRoleFluent<A>> {
  private V1AggregationRule aggregationRule;
  private String apiVersion;
  private String kind;
  private V1ObjectMeta metadata;
  private List<V1PolicyRule> rules;

  public V1ClusterRoleFluent() {}

  public V1ClusterRoleFluent(V1ClusterRole instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ClusterRole instance) {
    if (instance != null) {
      this.aggregationRule = instance.getAggregationRule();
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.rules = instance.getRules() == null ? null : new ArrayList<>(instance.getRules());
    }
  }

  /** A new {@link V1ClusterRole} holding what was set (lists and maps copied). */
  V1ClusterRole toModel() {
    V1ClusterRole o = new V1ClusterRole();
    o.setAggregationRule(aggregationRule);
    o.setApiVersion(apiVersion);
    o.setKind(kind);
    o.setMetadata(metadata);
    o.setRules(rules == null ? null : new ArrayList<>(rules));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1AggregationRule getAggregationRule() {
    return aggregationRule;
  }

  public A withAggregationRule(V1AggregationRule aggregationRule) {
    this.aggregationRule = aggregationRule;
    return self();
  }

  public boolean hasAggregationRule() {
    return aggregationRule != null;
  }

  public V1AggregationRule buildAggregationRule() {
    return aggregationRule;
  }

  public AggregationRuleNested withNewAggregationRule() {
    return new AggregationRuleNested(null);
  }

  public AggregationRuleNested withNewAggregationRuleLike(V1AggregationRule item) {
    return new AggregationRuleNested(item);
  }

  public AggregationRuleNested editAggregationRule() {
    return new AggregationRuleNested(aggregationRule);
  }

  public AggregationRuleNested editOrNewAggregationRule() {
    return new AggregationRuleNested(aggregationRule != null ? aggregationRule : new V1AggregationRule());
  }

  public AggregationRuleNested editOrNewAggregationRuleLike(V1AggregationRule item) {
    return new AggregationRuleNested(aggregationRule != null ? aggregationRule : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class AggregationRuleNested extends V1AggregationRuleFluent<AggregationRuleNested> {
    AggregationRuleNested(V1AggregationRule item) {
      super(item);
    }

    public A and() {
      return V1ClusterRoleFluent.this.withAggregationRule(toModel());
    }

    public A endAggregationRule() {
      return and();
    }
  }

  public String getApiVersion() {
    return apiVersion;
  }

  public A withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return self();
  }

  public boolean hasApiVersion() {
    return apiVersion != null;
  }

  public String getKind() {
    return kind;
  }

  public A withKind(String kind) {
    this.kind = kind;
    return self();
  }

  public boolean hasKind() {
    return kind != null;
  }

  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public A withMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return self();
  }

  public boolean hasMetadata() {
    return metadata != null;
  }

  public V1ObjectMeta buildMetadata() {
    return metadata;
  }

  public MetadataNested withNewMetadata() {
    return new MetadataNested(null);
  }

  public MetadataNested withNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(item);
  }

  public MetadataNested editMetadata() {
    return new MetadataNested(metadata);
  }

  public MetadataNested editOrNewMetadata() {
    return new MetadataNested(metadata != null ? metadata : new V1ObjectMeta());
  }

  public MetadataNested editOrNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(metadata != null ? metadata : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class MetadataNested extends V1ObjectMetaFluent<MetadataNested> {
    MetadataNested(V1ObjectMeta item) {
      super(item);
    }

    public A and() {
      return V1ClusterRoleFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public List<V1PolicyRule> getRules() {
    return rules;
  }

  public A withRules(List<V1PolicyRule> rules) {
    this.rules = rules == null ? null : new ArrayList<>(rules);
    return self();
  }

  public boolean hasRules() {
    return rules != null;
  }

  public A withRules(V1PolicyRule... items) {
    this.rules = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToRules(V1PolicyRule... items) {
    for (V1PolicyRule item : items) {
      addToRules(-1, item);
    }
    return self();
  }

  public A removeFromRules(V1PolicyRule... items) {
    return removeAllFromRules(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToRules(int index, V1PolicyRule item) {
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
  public A setToRules(int index, V1PolicyRule item) {
    if (index < 0 || this.rules == null || index >= this.rules.size()) {
      return addToRules(-1, item);
    }
    this.rules.set(index, item);
    return self();
  }

  public A addAllToRules(Collection<V1PolicyRule> items) {
    for (V1PolicyRule item : items) {
      addToRules(-1, item);
    }
    return self();
  }

  public A removeAllFromRules(Collection<V1PolicyRule> items) {
    if (this.rules != null) {
      this.rules.removeAll(items);
    }
    return self();
  }

  public List<V1PolicyRule> buildRules() {
    return rules;
  }

  public V1PolicyRule buildRule(int index) {
    return this.rules.get(index);
  }

  public RulesNested addNewRule() {
    return new RulesNested(-1, null);
  }

  public RulesNested addNewRuleLike(V1PolicyRule item) {
    return new RulesNested(-1, item);
  }

  public RulesNested setNewRuleLike(int index, V1PolicyRule item) {
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
  public class RulesNested extends V1PolicyRuleFluent<RulesNested> {
    private final int index;

    RulesNested(int index, V1PolicyRule item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ClusterRoleFluent.this.setToRules(index, toModel());
    }

    public A endRule() {
      return and();
    }
  }
}
