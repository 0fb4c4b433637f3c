package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1MutatingAdmissionPolicySpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1MutatingAdmissionPolicySpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1MutatingAdmissionPolicySpecFluent<A extends V1MutatingAdmissionPolicySpecFluent<A>> {
  private String failurePolicy;
  private List<V1MatchCondition> matchConditions;
  private V1MatchResources matchConstraints;
  private List<V1Mutation> mutations;
  private V1ParamKind paramKind;
  private String reinvocationPolicy;
  private List<V1Variable> variables;

  public V1MutatingAdmissionPolicySpecFluent() {}

  public V1MutatingAdmissionPolicySpecFluent(V1MutatingAdmissionPolicySpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1MutatingAdmissionPolicySpec instance) {
    if (instance != null) {
      this.failurePolicy = instance.getFailurePolicy();
      this.matchConditions = instance.getMatchConditions() == null ? null : new ArrayList<>(instance.getMatchConditions());
      this.matchConstraints = instance.getMatchConstraints();
      this.mutations = instance.getMutations() == null ? null : new ArrayList<>(instance.getMutations());
      this.paramKind = instance.getParamKind();
      this.reinvocationPolicy = instance.getReinvocationPolicy();
      this.variables = instance.getVariables() == null ? null : new ArrayList<>(instance.getVariables());
    }
  }

  /** A new {@link V1MutatingAdmissionPolicySpec} holding what was set (lists and maps copied). */
  V1MutatingAdmissionPolicySpec toModel() {
    V1MutatingAdmissionPolicySpec o = new V1MutatingAdmissionPolicySpec();
    o.setFailurePolicy(failurePolicy);
    o.setMatchConditions(matchConditions == null ? null : new ArrayList<>(matchConditions));
    o.setMatchConstraints(matchConstraints);
    o.setMutations(mutations == null ? null : new ArrayList<>(mutations));
    o.setParamKind(paramKind);
    o.setReinvocationPolicy(reinvocationPolicy);
    o.setVariables(variables == null ? null : new ArrayList<>(variables));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getFailurePolicy() {
    return failurePolicy;
  }

  public A withFailurePolicy(String failurePolicy) {
    this.failurePolicy = failurePolicy;
    return self();
  }

  public boolean hasFailurePolicy() {
    return failurePolicy != null;
  }

  public List<V1MatchCondition> getMatchConditions() {
    return matchConditions;
  }

  public A withMatchConditions(List<V1MatchCondition> matchConditions) {
    this.matchConditions = matchConditions == null ? null : new ArrayList<>(matchConditions);
    return self();
  }

  public boolean hasMatchConditions() {
    return matchConditions != null;
  }

  public A withMatchConditions(V1MatchCondition... items) {
    this.matchConditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToMatchConditions(V1MatchCondition... items) {
    for (V1MatchCondition item : items) {
      addToMatchConditions(-1, item);
    }
    return self();
  }

  public A removeFromMatchConditions(V1MatchCondition... items) {
    return removeAllFromMatchConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToMatchConditions(int index, V1MatchCondition item) {
    if (this.matchConditions == null) {
      this.matchConditions = new ArrayList<>();
    }
    if (index < 0 || index >= this.matchConditions.size()) {
      this.matchConditions.add(item);
    } else {
      this.matchConditions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToMatchConditions(int index, V1MatchCondition item) {
    if (index < 0 || this.matchConditions == null || index >= this.matchConditions.size()) {
      return addToMatchConditions(-1, item);
    }
    this.matchConditions.set(index, item);
    return self();
  }

  public A addAllToMatchConditions(Collection<V1MatchCondition> items) {
    for (V1MatchCondition item : items) {
      addToMatchConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromMatchConditions(Collection<V1MatchCondition> items) {
    if (this.matchConditions != null) {
      this.matchConditions.removeAll(items);
    }
    return self();
  }

  public List<V1MatchCondition> buildMatchConditions() {
    return matchConditions;
  }

  public V1MatchCondition buildMatchCondition(int index) {
    return this.matchConditions.get(index);
  }

  public MatchConditionsNested addNewMatchCondition() {
    return new MatchConditionsNested(-1, null);
  }

  public MatchConditionsNested addNewMatchConditionLike(V1MatchCondition item) {
    return new MatchConditionsNested(-1, item);
  }

  public MatchConditionsNested setNewMatchConditionLike(int index, V1MatchCondition item) {
    return new MatchConditionsNested(index, item);
  }

  public MatchConditionsNested editMatchCondition(int index) {
    if (this.matchConditions == null || index < 0 || index >= this.matchConditions.size()) {
      throw new IndexOutOfBoundsException("can't edit matchConditions [" + index + "]");
    }
    return new MatchConditionsNested(index, this.matchConditions.get(index));
  }

  public MatchConditionsNested editFirstMatchCondition() {
    return editMatchCondition(0);
  }

  public MatchConditionsNested editLastMatchCondition() {
    return editMatchCondition(this.matchConditions == null ? -1 : this.matchConditions.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class MatchConditionsNested extends V1MatchConditionFluent<MatchConditionsNested> {
    private final int index;

    MatchConditionsNested(int index, V1MatchCondition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1MutatingAdmissionPolicySpecFluent.this.setToMatchConditions(index, toModel());
    }

    public A endMatchCondition() {
      return and();
    }
  }

  public V1MatchResources getMatchConstraints() {
    return matchConstraints;
  }

  public A withMatchConstraints(V1MatchResources matchConstraints) {
    this.matchConstraints = matchConstraints;
    return self();
  }

  public boolean hasMatchConstraints() {
    return matchConstraints != null;
  }

  public V1MatchResources buildMatchConstraints() {
    return matchConstraints;
  }

  public MatchConstraintsNested withNewMatchConstraints() {
    return new MatchConstraintsNested(null);
  }

  public MatchConstraintsNested withNewMatchConstraintsLike(V1MatchResources item) {
    return new MatchConstraintsNested(item);
  }

  public MatchConstraintsNested editMatchConstraints() {
    return new MatchConstraintsNested(matchConstraints);
  }

  public MatchConstraintsNested editOrNewMatchConstraints() {
    return new MatchConstraintsNested(matchConstraints != null ? matchConstraints : new V1MatchResources());
  }

  public MatchConstraintsNested editOrNewMatchConstraintsLike(V1MatchResources item) {
    return new MatchConstraintsNested(matchConstraints != null ? matchConstraints : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class MatchConstraintsNested extends V1MatchResourcesFluent<MatchConstraintsNested> {
    MatchConstraintsNested(V1MatchResources item) {
      super(item);
    }

    public A and() {
      return V1MutatingAdmissionPolicySpecFluent.this.withMatchConstraints(toModel());
    }

    public A endMatchConstraints() {
      return and();
    }
  }

  public List<V1Mutation> getMutations() {
    return mutations;
  }

  public A withMutations(List<V1Mutation> mutations) {
    this.mutations = mutations == null ? null : new ArrayList<>(mutations);
    return self();
  }

  public boolean hasMutations() {
    return mutations != null;
  }

  public A withMutations(V1Mutation... items) {
    this.mutations = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToMutations(V1Mutation... items) {
    for (V1Mutation item : items) {
      addToMutations(-1, item);
    }
    return self();
  }

  public A removeFromMutations(V1Mutation... items) {
    return removeAllFromMutations(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToMutations(int index, V1Mutation item) {
    if (this.mutations == null) {
      this.mutations = new ArrayList<>();
    }
    if (index < 0 || index >= this.mutations.size()) {
      this.mutations.add(item);
    } else {
      this.mutations.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToMutations(int index, V1Mutation item) {
    if (index < 0 || this.mutations == null || index >= this.mutations.size()) {
      return addToMutations(-1, item);
    }
    this.mutations.set(index, item);
    return self();
  }

  public A addAllToMutations(Collection<V1Mutation> items) {
    for (V1Mutation item : items) {
      addToMutations(-1, item);
    }
    return self();
  }

  public A removeAllFromMutations(Collection<V1Mutation> items) {
    if (this.mutations != null) {
      this.mutations.removeAll(items);
    }
    return self();
  }

  public List<V1Mutation> buildMutations() {
    return mutations;
  }

  public V1Mutation buildMutation(int index) {
    return this.mutations.get(index);
  }

  public MutationsNested addNewMutation() {
    return new MutationsNested(-1, null);
  }

  public MutationsNested addNewMutationLike(V1Mutation item) {
    return new MutationsNested(-1, item);
  }

  public MutationsNested setNewMutationLike(int index, V1Mutation item) {
    return new MutationsNested(index, item);
  }

  public MutationsNested editMutation(int index) {
    if (this.mutations == null || index < 0 || index >= this.mutations.size()) {
      throw new IndexOutOfBoundsException("can't edit mutations [" + index + "]");
    }
    return new MutationsNested(index, this.mutations.get(index));
  }

  public MutationsNested editFirstMutation() {
    return editMutation(0);
  }

  public MutationsNested editLastMutation() {
    return editMutation(this.mutations == null ? -1 : this.mutations.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class MutationsNested extends V1MutationFluent<MutationsNested> {
    private final int index;

    MutationsNested(int index, V1Mutation item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1MutatingAdmissionPolicySpecFluent.this.setToMutations(index, toModel());
    }

    public A endMutation() {
      return and();
    }
  }

  public V1ParamKind getParamKind() {
    return paramKind;
  }

  public A withParamKind(V1ParamKind paramKind) {
    this.paramKind = paramKind;
    return self();
  }

  public boolean hasParamKind() {
    return paramKind != null;
  }

  public V1ParamKind buildParamKind() {
    return paramKind;
  }

  public ParamKindNested withNewParamKind() {
    return new ParamKindNested(null);
  }

  public ParamKindNested withNewParamKindLike(V1ParamKind item) {
    return new ParamKindNested(item);
  }

  public ParamKindNested editParamKind() {
    return new ParamKindNested(paramKind);
  }

  public ParamKindNested editOrNewParamKind() {
    return new ParamKindNested(paramKind != null ? paramKind : new V1ParamKind());
  }

  public ParamKindNested editOrNewParamKindLike(V1ParamKind item) {
    return new ParamKindNested(paramKind != null ? paramKind : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ParamKindNested extends V1ParamKindFluent<ParamKindNested> {
    ParamKindNested(V1ParamKind item) {
      super(item);
    }

    public A and() {
      return V1MutatingAdmissionPolicySpecFluent.this.withParamKind(toModel());
    }

    public A endParamKind() {
      return and();
    }
  }

  public String getReinvocationPolicy() {
    return reinvocationPolicy;
  }

  public A withReinvocationPolicy(String reinvocationPolicy) {
    this.reinvocationPolicy = reinvocationPolicy;
    return self();
  }

  public boolean hasReinvocationPolicy() {
    return reinvocationPolicy != null;
  }

  public List<V1Variable> getVariables() {
    return variables;
  }

  public A withVariables(List<V1Variable> variables) {
    this.variables = variables == null ? null : new ArrayList<>(variables);
    return self();
  }

  public boolean hasVariables() {
    return variables != null;
  }

  public A withVariables(V1Variable... items) {
    this.variables = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToVariables(V1Variable... items) {
    for (V1Variable item : items) {
      addToVariables(-1, item);
    }
    return self();
  }

  public A removeFromVariables(V1Variable... items) {
    return removeAllFromVariables(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToVariables(int index, V1Variable item) {
    if (this.variables == null) {
      this.variables = new ArrayList<>();
    }
    if (index < 0 || index >= this.variables.size()) {
      this.variables.add(item);
    } else {
      this.variables.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToVariables(int index, V1Variable item) {
    if (index < 0 || this.variables == null || index >= this.variables.size()) {
      return addToVariables(-1, item);
    }
    this.variables.set(index, item);
    return self();
  }

  public A addAllToVariables(Collection<V1Variable> items) {
    for (V1Variable item : items) {
      addToVariables(-1, item);
    }
    return self();
  }

  public A removeAllFromVariables(Collection<V1Variable> items) {
    if (this.variables != null) {
      this.variables.removeAll(items);
    }
    return self();
  }

  public List<V1Variable> buildVariables() {
    return variables;
  }

  public V1Variable buildVariable(int index) {
    return this.variables.get(index);
  }

  public VariablesNested addNewVariable() {
    return new VariablesNested(-1, null);
  }

  public VariablesNested addNewVariableLike(V1Variable item) {
    return new VariablesNested(-1, item);
  }

  public VariablesNested setNewVariableLike(int index, V1Variable item) {
    return new VariablesNested(index, item);
  }

  public VariablesNested editVariable(int index) {
    if (this.variables == null || index < 0 || index >= this.variables.size()) {
      throw new IndexOutOfBoundsException("can't edit variables [" + index + "]");
    }
    return new VariablesNested(index, this.variables.get(index));
  }

  public VariablesNested editFirstVariable() {
    return editVariable(0);
  }

  public VariablesNested editLastVariable() {
    return editVariable(this.variables == null ? -1 : this.variables.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class VariablesNested extends V1VariableFluent<VariablesNested> {
    private final int index;

    VariablesNested(int index, V1Variable item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1MutatingAdmissionPolicySpecFluent.this.setToVariables(index, toModel());
    }

    public A endVariable() {
      return and();
    }
  }
}
