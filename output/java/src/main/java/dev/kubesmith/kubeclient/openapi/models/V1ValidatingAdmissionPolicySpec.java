package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ValidatingAdmissionPolicySpec is the specification of the desired behavior of the
 * AdmissionPolicy.
 */
public class V1ValidatingAdmissionPolicySpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "auditAnnotations",
      "failurePolicy",
      "matchConditions",
      "matchConstraints",
      "paramKind",
      "validations",
      "variables");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ValidatingAdmissionPolicySpec> CODEC = new Codec<V1ValidatingAdmissionPolicySpec>() {
    @Override
    public V1ValidatingAdmissionPolicySpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ValidatingAdmissionPolicySpec)");
      }
      V1ValidatingAdmissionPolicySpec o = new V1ValidatingAdmissionPolicySpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.auditAnnotations = Codecs.listOf(V1AuditAnnotation.CODEC).read(p);
            break;
          case 1:
            o.failurePolicy = Codecs.STRING.read(p);
            break;
          case 2:
            o.matchConditions = Codecs.listOf(V1MatchCondition.CODEC).read(p);
            break;
          case 3:
            o.matchConstraints = V1MatchResources.CODEC.read(p);
            break;
          case 4:
            o.paramKind = V1ParamKind.CODEC.read(p);
            break;
          case 5:
            o.validations = Codecs.listOf(V1Validation.CODEC).read(p);
            break;
          case 6:
            o.variables = Codecs.listOf(V1Variable.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ValidatingAdmissionPolicySpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.auditAnnotations != null) {
        g.writeFieldName("auditAnnotations");
        Codecs.listOf(V1AuditAnnotation.CODEC).write(g, o.auditAnnotations);
      }
      if (o.failurePolicy != null) {
        g.writeFieldName("failurePolicy");
        Codecs.STRING.write(g, o.failurePolicy);
      }
      if (o.matchConditions != null) {
        g.writeFieldName("matchConditions");
        Codecs.listOf(V1MatchCondition.CODEC).write(g, o.matchConditions);
      }
      if (o.matchConstraints != null) {
        g.writeFieldName("matchConstraints");
        V1MatchResources.CODEC.write(g, o.matchConstraints);
      }
      if (o.paramKind != null) {
        g.writeFieldName("paramKind");
        V1ParamKind.CODEC.write(g, o.paramKind);
      }
      if (o.validations != null) {
        g.writeFieldName("validations");
        Codecs.listOf(V1Validation.CODEC).write(g, o.validations);
      }
      if (o.variables != null) {
        g.writeFieldName("variables");
        Codecs.listOf(V1Variable.CODEC).write(g, o.variables);
      }
      g.writeEndObject();
    }
  };

  private List<V1AuditAnnotation> auditAnnotations;

  private String failurePolicy;

  private List<V1MatchCondition> matchConditions;

  private V1MatchResources matchConstraints;

  private V1ParamKind paramKind;

  private List<V1Validation> validations;

  private List<V1Variable> variables;

  public V1ValidatingAdmissionPolicySpec auditAnnotations(List<V1AuditAnnotation> auditAnnotations) {
    this.auditAnnotations = auditAnnotations;
    return this;
  }

  public V1ValidatingAdmissionPolicySpec addAuditAnnotationsItem(V1AuditAnnotation item) {
    if (this.auditAnnotations == null) {
      this.auditAnnotations = new ArrayList<>();
    }
    this.auditAnnotations.add(item);
    return this;
  }

  /**
   * auditAnnotations contains CEL expressions which are used to produce audit annotations for
   * the audit event of the API request. validations and auditAnnotations may not both be empty;
   * a least one of validations or auditAnnotations is required.
   *
   * @return auditAnnotations
   */
  public List<V1AuditAnnotation> getAuditAnnotations() {
    return auditAnnotations;
  }

  public void setAuditAnnotations(List<V1AuditAnnotation> auditAnnotations) {
    this.auditAnnotations = auditAnnotations;
  }

  public V1ValidatingAdmissionPolicySpec failurePolicy(String failurePolicy) {
    this.failurePolicy = failurePolicy;
    return this;
  }

  /**
   * failurePolicy defines how to handle failures for the admission policy. Failures can occur
   * from CEL expression parse errors, type check errors, runtime errors and invalid or
   * mis-configured policy definitions or bindings.
   *
   * A policy is invalid if spec.paramKind refers to a non-existent Kind. A binding is invalid if
   * spec.paramRef.name refers to a non-existent resource.
   *
   * failurePolicy does not define how validations that evaluate to false are handled.
   *
   * When failurePolicy is set to Fail, ValidatingAdmissionPolicyBinding validationActions define
   * how failures are enforced.
   *
   * Allowed values are Ignore or Fail. Defaults to Fail.
   *
   * @return failurePolicy
   */
  public String getFailurePolicy() {
    return failurePolicy;
  }

  public void setFailurePolicy(String failurePolicy) {
    this.failurePolicy = failurePolicy;
  }

  public V1ValidatingAdmissionPolicySpec matchConditions(List<V1MatchCondition> matchConditions) {
    this.matchConditions = matchConditions;
    return this;
  }

  public V1ValidatingAdmissionPolicySpec addMatchConditionsItem(V1MatchCondition item) {
    if (this.matchConditions == null) {
      this.matchConditions = new ArrayList<>();
    }
    this.matchConditions.add(item);
    return this;
  }

  /**
   * matchConditions is a list of conditions that must be met for a request to be validated.
   * Match conditions filter requests that have already been matched by the rules,
   * namespaceSelector, and objectSelector. An empty list of matchConditions matches all
   * requests. There are a maximum of 64 match conditions allowed.
   *
   * If a parameter object is provided, it can be accessed via the `params` handle in the same
   * manner as validation expressions.
   *
   * The exact matching logic is (in order):
   *   1. If ANY matchCondition evaluates to FALSE, the policy is skipped.
   *   2. If ALL matchConditions evaluate to TRUE, the policy is evaluated.
   *   3. If any matchCondition evaluates to an error (but none are FALSE):
   *      - If failurePolicy=Fail, reject the request
   *      - If failurePolicy=Ignore, the policy is skipped
   *
   * @return matchConditions
   */
  public List<V1MatchCondition> getMatchConditions() {
    return matchConditions;
  }

  public void setMatchConditions(List<V1MatchCondition> matchConditions) {
    this.matchConditions = matchConditions;
  }

  public V1ValidatingAdmissionPolicySpec matchConstraints(V1MatchResources matchConstraints) {
    this.matchConstraints = matchConstraints;
    return this;
  }

  /**
   * matchConstraints specifies what resources this policy is designed to validate. The
   * AdmissionPolicy cares about a request if it matches _all_ Constraints. However, in order to
   * prevent clusters from being put into an unstable state that cannot be recovered from via the
   * API ValidatingAdmissionPolicy cannot match ValidatingAdmissionPolicy and
   * ValidatingAdmissionPolicyBinding. Required.
   *
   * @return matchConstraints
   */
  public V1MatchResources getMatchConstraints() {
    return matchConstraints;
  }

  public void setMatchConstraints(V1MatchResources matchConstraints) {
    this.matchConstraints = matchConstraints;
  }

  public V1ValidatingAdmissionPolicySpec paramKind(V1ParamKind paramKind) {
    this.paramKind = paramKind;
    return this;
  }

  /**
   * paramKind specifies the kind of resources used to parameterize this policy. If absent, there
   * are no parameters for this policy and the param CEL variable will not be provided to
   * validation expressions. If ParamKind refers to a non-existent kind, this policy definition
   * is mis-configured and the FailurePolicy is applied. If paramKind is specified but paramRef
   * is unset in ValidatingAdmissionPolicyBinding, the params variable will be null.
   *
   * @return paramKind
   */
  public V1ParamKind getParamKind() {
    return paramKind;
  }

  public void setParamKind(V1ParamKind paramKind) {
    this.paramKind = paramKind;
  }

  public V1ValidatingAdmissionPolicySpec validations(List<V1Validation> validations) {
    this.validations = validations;
    return this;
  }

  public V1ValidatingAdmissionPolicySpec addValidationsItem(V1Validation item) {
    if (this.validations == null) {
      this.validations = new ArrayList<>();
    }
    this.validations.add(item);
    return this;
  }

  /**
   * validations contain CEL expressions which is used to apply the validation. Validations and
   * AuditAnnotations may not both be empty; a minimum of one Validations or AuditAnnotations is
   * required.
   *
   * @return validations
   */
  public List<V1Validation> getValidations() {
    return validations;
  }

  public void setValidations(List<V1Validation> validations) {
    this.validations = validations;
  }

  public V1ValidatingAdmissionPolicySpec variables(List<V1Variable> variables) {
    this.variables = variables;
    return this;
  }

  public V1ValidatingAdmissionPolicySpec addVariablesItem(V1Variable item) {
    if (this.variables == null) {
      this.variables = new ArrayList<>();
    }
    this.variables.add(item);
    return this;
  }

  /**
   * variables contain definitions of variables that can be used in composition of other
   * expressions. Each variable is defined as a named CEL expression. The variables defined here
   * will be available under `variables` in other expressions of the policy except
   * MatchConditions because MatchConditions are evaluated before the rest of the policy.
   *
   * The expression of a variable can refer to other variables defined earlier in the list but
   * not those after. Thus, Variables must be sorted by the order of first appearance and
   * acyclic.
   *
   * @return variables
   */
  public List<V1Variable> getVariables() {
    return variables;
  }

  public void setVariables(List<V1Variable> variables) {
    this.variables = variables;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ValidatingAdmissionPolicySpec that = (V1ValidatingAdmissionPolicySpec) other;
    return Objects.equals(auditAnnotations, that.auditAnnotations)
        && Objects.equals(failurePolicy, that.failurePolicy)
        && Objects.equals(matchConditions, that.matchConditions)
        && Objects.equals(matchConstraints, that.matchConstraints)
        && Objects.equals(paramKind, that.paramKind)
        && Objects.equals(validations, that.validations)
        && Objects.equals(variables, that.variables);
  }

  @Override
  public int hashCode() {
    return Objects.hash(auditAnnotations, failurePolicy, matchConditions, matchConstraints, paramKind, validations, variables);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ValidatingAdmissionPolicySpec {\n");
    sb.append("    auditAnnotations: ").append(String.valueOf(auditAnnotations).replace("\n", "\n    ")).append('\n');
    sb.append("    failurePolicy: ").append(failurePolicy).append('\n');
    sb.append("    matchConditions: ").append(String.valueOf(matchConditions).replace("\n", "\n    ")).append('\n');
    sb.append("    matchConstraints: ").append(String.valueOf(matchConstraints).replace("\n", "\n    ")).append('\n');
    sb.append("    paramKind: ").append(String.valueOf(paramKind).replace("\n", "\n    ")).append('\n');
    sb.append("    validations: ").append(String.valueOf(validations).replace("\n", "\n    ")).append('\n');
    sb.append("    variables: ").append(String.valueOf(variables).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
