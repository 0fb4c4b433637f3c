package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1ValidatingAdmissionPolicySpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ValidatingAdmissionPolicySpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ValidatingAdmissionPolicySpecFluent<A extends V1ValidatingAdmissionPolicySpecFluent<A>> {
  private List<V1AuditAnnotation> auditAnnotations;
  private String failurePolicy;
  private List<V1MatchCondition> matchConditions;
  private V1MatchResources matchConstraints;
  private V1ParamKind paramKind;
  private List<V1Validation> validations;
  private List<V1Variable> variables;

  public V1ValidatingAdmissionPolicySpecFluent() {}

  public V1ValidatingAdmissionPolicySpecFluent(V1ValidatingAdmissionPolicySpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ValidatingAdmissionPolicySpec instance) {
    if (instance != null) {
      this.auditAnnotations = instance.getAuditAnnotations() == null ? null : new ArrayList<>(instance.getAuditAnnotations());
      this.failurePolicy = instance.getFailurePolicy();
      this.matchConditions = instance.getMatchConditions() == null ? null : new ArrayList<>(instance.getMatchConditions());
      this.matchConstraints = instance.getMatchConstraints();
      this.paramKind = instance.getParamKind();
      this.validations = instance.getValidations() == null ? null : new ArrayList<>(instance.getValidations());
      this.variables = instance.getVariables() == null ? null : new ArrayList<>(instance.getVariables());
    }
  }

  /** A new {@link V1ValidatingAdmissionPolicySpec} holding what was set (lists and maps copied). */
  V1ValidatingAdmissionPolicySpec toModel() {
    V1ValidatingAdmissionPolicySpec o = new V1ValidatingAdmissionPolicySpec();
    o.setAuditAnnotations(auditAnnotations == null ? null : new ArrayList<>(auditAnnotations));
    o.setFailurePolicy(failurePolicy);
    o.setMatchConditions(matchConditions == null ? null : new ArrayList<>(matchConditions));
    o.setMatchConstraints(matchConstraints);
    o.setParamKind(paramKind);
    o.setValidations(validations == null ? null : new ArrayList<>(validations));
    o.setVariables(variables == null ? null : new ArrayList<>(variables));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1AuditAnnotation> getAuditAnnotations() {
    return auditAnnotations;
  }

  public A withAuditAnnotations(List<V1AuditAnnotation> auditAnnotations) {
    this.auditAnnotations = auditAnnotations == null ? null : new ArrayList<>(auditAnnotations);
    return self();
  }

  public boolean hasAuditAnnotations() {
    return auditAnnotations != null;
  }

  public A withAuditAnnotations(V1AuditAnnotation... items) {
    this.auditAnnotations = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToAuditAnnotations(V1AuditAnnotation... items) {
    for (V1AuditAnnotation item : items) {
      addToAuditAnnotations(-1, item);
    }
    return self();
  }

  public A removeFromAuditAnnotations(V1AuditAnnotation... items) {
    return removeAllFromAuditAnnotations(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToAuditAnnotations(int index, V1AuditAnnotation item) {
    if (this.auditAnnotations == null) {
      this.auditAnnotations = new ArrayList<>();
    }
    if (index < 0 || index >= this.auditAnnotations.size()) {
      this.auditAnnotations.add(item);
    } else {
      this.auditAnnotations.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToAuditAnnotations(int index, V1AuditAnnotation item) {
    if (index < 0 || this.auditAnnotations == null || index >= this.auditAnnotations.size()) {
      return addToAuditAnnotations(-1, item);
    }
    this.auditAnnotations.set(index, item);
    return self();
  }

  public A addAllToAuditAnnotations(Collection<V1AuditAnnotation> items) {
    for (V1AuditAnnotation item : items) {
      addToAuditAnnotations(-1, item);
    }
    return self();
  }

  public A removeAllFromAuditAnnotations(Collection<V1AuditAnnotation> items) {
    if (this.auditAnnotations != null) {
      this.auditAnnotations.removeAll(items);
    }
    return self();
  }

  public List<V1AuditAnnotation> buildAuditAnnotations() {
    return auditAnnotations;
  }

  public V1AuditAnnotation buildAuditAnnotation(int index) {
    return this.auditAnnotations.get(index);
  }

  public AuditAnnotationsNested addNewAuditAnnotation() {
    return new AuditAnnotationsNested(-1, null);
  }

  public AuditAnnotationsNested addNewAuditAnnotationLike(V1AuditAnnotation item) {
    return new AuditAnnotationsNested(-1, item);
  }

  public AuditAnnotationsNested setNewAuditAnnotationLike(int index, V1AuditAnnotation item) {
    return new AuditAnnotationsNested(index, item);
  }

  public AuditAnnotationsNested editAuditAnnotation(int index) {
    if (this.auditAnnotations == null || index < 0 || index >= this.auditAnnotations.size()) {
      throw new IndexOutOfBoundsException("can't edit auditAnnotations [" + index + "]");
    }
    return new AuditAnnotationsNested(index, this.auditAnnotations.get(index));
  }

  public AuditAnnotationsNested editFirstAuditAnnotation() {
    return editAuditAnnotation(0);
  }

  public AuditAnnotationsNested editLastAuditAnnotation() {
    return editAuditAnnotation(this.auditAnnotations == null ? -1 : this.auditAnnotations.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class AuditAnnotationsNested extends V1AuditAnnotationFluent<AuditAnnotationsNested> {
    private final int index;

    AuditAnnotationsNested(int index, V1AuditAnnotation item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ValidatingAdmissionPolicySpecFluent.this.setToAuditAnnotations(index, toModel());
    }

    public A endAuditAnnotation() {
      return and();
    }
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
      return V1ValidatingAdmissionPolicySpecFluent.this.setToMatchConditions(index, toModel());
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
      return V1ValidatingAdmissionPolicySpecFluent.this.withMatchConstraints(toModel());
    }

    public A endMatchConstraints() {
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
      return V1ValidatingAdmissionPolicySpecFluent.this.withParamKind(toModel());
    }

    public A endParamKind() {
      return and();
    }
  }

  public List<V1Validation> getValidations() {
    return validations;
  }

  public A withValidations(List<V1Validation> validations) {
    this.validations = validations == null ? null : new ArrayList<>(validations);
    return self();
  }

  public boolean hasValidations() {
    return validations != null;
  }

  public A withValidations(V1Validation... items) {
    this.validations = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToValidations(V1Validation... items) {
    for (V1Validation item : items) {
      addToValidations(-1, item);
    }
    return self();
  }

  public A removeFromValidations(V1Validation... items) {
    return removeAllFromValidations(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToValidations(int index, V1Validation item) {
    if (this.validations == null) {
      this.validations = new ArrayList<>();
    }
    if (index < 0 || index >= this.validations.size()) {
      this.validations.add(item);
    } else {
      this.validations.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToValidations(int index, V1Validation item) {
    if (index < 0 || this.validations == null || index >= this.validations.size()) {
      return addToValidations(-1, item);
    }
    this.validations.set(index, item);
    return self();
  }

  public A addAllToValidations(Collection<V1Validation> items) {
    for (V1Validation item : items) {
      addToValidations(-1, item);
    }
    return self();
  }

  public A removeAllFromValidations(Collection<V1Validation> items) {
    if (this.validations != null) {
      this.validations.removeAll(items);
    }
    return self();
  }

  public List<V1Validation> buildValidations() {
    return validations;
  }

  public V1Validation buildValidation(int index) {
    return this.validations.get(index);
  }

  public ValidationsNested addNewValidation() {
    return new ValidationsNested(-1, null);
  }

  public ValidationsNested addNewValidationLike(V1Validation item) {
    return new ValidationsNested(-1, item);
  }

  public ValidationsNested setNewValidationLike(int index, V1Validation item) {
    return new ValidationsNested(index, item);
  }

  public ValidationsNested editValidation(int index) {
    if (this.validations == null || index < 0 || index >= this.validations.size()) {
      throw new IndexOutOfBoundsException("can't edit validations [" + index + "]");
    }
    return new ValidationsNested(index, this.validations.get(index));
  }

  public ValidationsNested editFirstValidation() {
    return editValidation(0);
  }

  public ValidationsNested editLastValidation() {
    return editValidation(this.validations == null ? -1 : this.validations.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ValidationsNested extends V1ValidationFluent<ValidationsNested> {
    private final int index;

    ValidationsNested(int index, V1Validation item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ValidatingAdmissionPolicySpecFluent.this.setToValidations(index, toModel());
    }

    public A endValidation() {
      return and();
    }
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
      return V1ValidatingAdmissionPolicySpecFluent.this.setToVariables(index, toModel());
    }

    public A endVariable() {
      return and();
    }
  }
}
