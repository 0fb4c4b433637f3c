package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1FlowSchemaSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1FlowSchemaSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1FlowSchemaSpecFluent<A extends V1FlowSchemaSpecFluent<A>> {
  private V1FlowDistinguisherMethod distinguisherMethod;
  private Integer matchingPrecedence;
  private V1PriorityLevelConfigurationReference priorityLevelConfiguration;
  private List<V1PolicyRulesWithSubjects> rules;

  public V1FlowSchemaSpecFluent() {}

  public V1FlowSchemaSpecFluent(V1FlowSchemaSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1FlowSchemaSpec instance) {
    if (instance != null) {
      this.distinguisherMethod = instance.getDistinguisherMethod();
      this.matchingPrecedence = instance.getMatchingPrecedence();
      this.priorityLevelConfiguration = instance.getPriorityLevelConfiguration();
      this.rules = instance.getRules() == null ? null : new ArrayList<>(instance.getRules());
    }
  }

  /** A new {@link V1FlowSchemaSpec} holding what was set (lists and maps copied). */
  V1FlowSchemaSpec toModel() {
    V1FlowSchemaSpec o = new V1FlowSchemaSpec();
    o.setDistinguisherMethod(distinguisherMethod);
    o.setMatchingPrecedence(matchingPrecedence);
    o.setPriorityLevelConfiguration(priorityLevelConfiguration);
    o.setRules(rules == null ? null : new ArrayList<>(rules));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1FlowDistinguisherMethod getDistinguisherMethod() {
    return distinguisherMethod;
  }

  public A withDistinguisherMethod(V1FlowDistinguisherMethod distinguisherMethod) {
    this.distinguisherMethod = distinguisherMethod;
    return self();
  }

  public boolean hasDistinguisherMethod() {
    return distinguisherMethod != null;
  }

  public V1FlowDistinguisherMethod buildDistinguisherMethod() {
    return distinguisherMethod;
  }

  public DistinguisherMethodNested withNewDistinguisherMethod() {
    return new DistinguisherMethodNested(null);
  }

  public DistinguisherMethodNested withNewDistinguisherMethodLike(V1FlowDistinguisherMethod item) {
    return new DistinguisherMethodNested(item);
  }

  public DistinguisherMethodNested editDistinguisherMethod() {
    return new DistinguisherMethodNested(distinguisherMethod);
  }

  public DistinguisherMethodNested editOrNewDistinguisherMethod() {
    return new DistinguisherMethodNested(distinguisherMethod != null ? distinguisherMethod : new V1FlowDistinguisherMethod());
  }

  public DistinguisherMethodNested editOrNewDistinguisherMethodLike(V1FlowDistinguisherMethod item) {
    return new DistinguisherMethodNested(distinguisherMethod != null ? distinguisherMethod : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DistinguisherMethodNested extends V1FlowDistinguisherMethodFluent<DistinguisherMethodNested> {
    DistinguisherMethodNested(V1FlowDistinguisherMethod item) {
      super(item);
    }

    public A and() {
      return V1FlowSchemaSpecFluent.this.withDistinguisherMethod(toModel());
    }

    public A endDistinguisherMethod() {
      return and();
    }
  }

  public Integer getMatchingPrecedence() {
    return matchingPrecedence;
  }

  public A withMatchingPrecedence(Integer matchingPrecedence) {
    this.matchingPrecedence = matchingPrecedence;
    return self();
  }

  public boolean hasMatchingPrecedence() {
    return matchingPrecedence != null;
  }

  public V1PriorityLevelConfigurationReference getPriorityLevelConfiguration() {
    return priorityLevelConfiguration;
  }

  public A withPriorityLevelConfiguration(V1PriorityLevelConfigurationReference priorityLevelConfiguration) {
    this.priorityLevelConfiguration = priorityLevelConfiguration;
    return self();
  }

  public boolean hasPriorityLevelConfiguration() {
    return priorityLevelConfiguration != null;
  }

  public V1PriorityLevelConfigurationReference buildPriorityLevelConfiguration() {
    return priorityLevelConfiguration;
  }

  public PriorityLevelConfigurationNested withNewPriorityLevelConfiguration() {
    return new PriorityLevelConfigurationNested(null);
  }

  public PriorityLevelConfigurationNested withNewPriorityLevelConfigurationLike(V1PriorityLevelConfigurationReference item) {
    return new PriorityLevelConfigurationNested(item);
  }

  public PriorityLevelConfigurationNested editPriorityLevelConfiguration() {
    return new PriorityLevelConfigurationNested(priorityLevelConfiguration);
  }

  public PriorityLevelConfigurationNested editOrNewPriorityLevelConfiguration() {
    return new PriorityLevelConfigurationNested(priorityLevelConfiguration != null ? priorityLevelConfiguration : new V1PriorityLevelConfigurationReference());
  }

  public PriorityLevelConfigurationNested editOrNewPriorityLevelConfigurationLike(V1PriorityLevelConfigurationReference item) {
    return new PriorityLevelConfigurationNested(priorityLevelConfiguration != null ? priorityLevelConfiguration : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PriorityLevelConfigurationNested extends V1PriorityLevelConfigurationReferenceFluent<PriorityLevelConfigurationNested> {
    PriorityLevelConfigurationNested(V1PriorityLevelConfigurationReference item) {
      super(item);
    }

    public A and() {
      return V1FlowSchemaSpecFluent.this.withPriorityLevelConfiguration(toModel());
    }

    public A endPriorityLevelConfiguration() {
      return and();
    }
  }

  public List<V1PolicyRulesWithSubjects> getRules() {
    return rules;
  }

  public A withRules(List<V1PolicyRulesWithSubjects> rules) {
    this.rules = rules == null ? null : new ArrayList<>(rules);
    return self();
  }

  public boolean hasRules() {
    return rules != null;
  }

  public A withRules(V1PolicyRulesWithSubjects... items) {
    this.rules = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToRules(V1PolicyRulesWithSubjects... items) {
    for (V1PolicyRulesWithSubjects item : items) {
      addToRules(-1, item);
    }
    return self();
  }

  public A removeFromRules(V1PolicyRulesWithSubjects... items) {
    return removeAllFromRules(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToRules(int index, V1PolicyRulesWithSubjects item) {
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
  public A setToRules(int index, V1PolicyRulesWithSubjects item) {
    if (index < 0 || this.rules == null || index >= this.rules.size()) {
      return addToRules(-1, item);
    }
    this.rules.set(index, item);
    return self();
  }

  public A addAllToRules(Collection<V1PolicyRulesWithSubjects> items) {
    for (V1PolicyRulesWithSubjects item : items) {
      addToRules(-1, item);
    }
    return self();
  }

  public A removeAllFromRules(Collection<V1PolicyRulesWithSubjects> items) {
    if (this.rules != null) {
      this.rules.removeAll(items);
    }
    return self();
  }

  public List<V1PolicyRulesWithSubjects> buildRules() {
    return rules;
  }

  public V1PolicyRulesWithSubjects buildRule(int index) {
    return this.rules.get(index);
  }

  public RulesNested addNewRule() {
    return new RulesNested(-1, null);
  }

  public RulesNested addNewRuleLike(V1PolicyRulesWithSubjects item) {
    return new RulesNested(-1, item);
  }

  public RulesNested setNewRuleLike(int index, V1PolicyRulesWithSubjects item) {
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
  public class RulesNested extends V1PolicyRulesWithSubjectsFluent<RulesNested> {
    private final int index;

    RulesNested(int index, V1PolicyRulesWithSubjects item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1FlowSchemaSpecFluent.this.setToRules(index, toModel());
    }

    public A endRule() {
      return and();
    }
  }
}
