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
 * MutatingAdmissionPolicySpec is the specification of the desired behavior of the admission
 * policy.
 */
public class V1alpha1MutatingAdmissionPolicySpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "failurePolicy",
      "matchConditions",
      "matchConstraints",
      "mutations",
      "paramKind",
      "reinvocationPolicy",
      "variables");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1MutatingAdmissionPolicySpec> CODEC = new Codec<V1alpha1MutatingAdmissionPolicySpec>() {
    @Override
    public V1alpha1MutatingAdmissionPolicySpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1MutatingAdmissionPolicySpec)");
      }
      V1alpha1MutatingAdmissionPolicySpec o = new V1alpha1MutatingAdmissionPolicySpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.failurePolicy = Codecs.STRING.read(p);
            break;
          case 1:
            o.matchConditions = Codecs.listOf(V1alpha1MatchCondition.CODEC).read(p);
            break;
          case 2:
            o.matchConstraints = V1alpha1MatchResources.CODEC.read(p);
            break;
          case 3:
            o.mutations = Codecs.listOf(V1alpha1Mutation.CODEC).read(p);
            break;
          case 4:
            o.paramKind = V1alpha1ParamKind.CODEC.read(p);
            break;
          case 5:
            o.reinvocationPolicy = Codecs.STRING.read(p);
            break;
          case 6:
            o.variables = Codecs.listOf(V1alpha1Variable.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha1MutatingAdmissionPolicySpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.failurePolicy != null) {
        g.writeFieldName("failurePolicy");
        Codecs.STRING.write(g, o.failurePolicy);
      }
      if (o.matchConditions != null) {
        g.writeFieldName("matchConditions");
        Codecs.listOf(V1alpha1MatchCondition.CODEC).write(g, o.matchConditions);
      }
      if (o.matchConstraints != null) {
        g.writeFieldName("matchConstraints");
        V1alpha1MatchResources.CODEC.write(g, o.matchConstraints);
      }
      if (o.mutations != null) {
        g.writeFieldName("mutations");
        Codecs.listOf(V1alpha1Mutation.CODEC).write(g, o.mutations);
      }
      if (o.paramKind != null) {
        g.writeFieldName("paramKind");
        V1alpha1ParamKind.CODEC.write(g, o.paramKind);
      }
      if (o.reinvocationPolicy != null) {
        g.writeFieldName("reinvocationPolicy");
        Codecs.STRING.write(g, o.reinvocationPolicy);
      }
      if (o.variables != null) {
        g.writeFieldName("variables");
        Codecs.listOf(V1alpha1Variable.CODEC).write(g, o.variables);
      }
      g.writeEndObject();
    }
  };

  private String failurePolicy;

  private List<V1alpha1MatchCondition> matchConditions;

  private V1alpha1MatchResources matchConstraints;

  private List<V1alpha1Mutation> mutations;

  private V1alpha1ParamKind paramKind;

  private String reinvocationPolicy;

  private List<V1alpha1Variable> variables;

  public V1alpha1MutatingAdmissionPolicySpec failurePolicy(String failurePolicy) {
    this.failurePolicy = failurePolicy;
    return this;
  }

  /**
   * failurePolicy defines how to handle failures for the admission policy. Failures can occur
   * from CEL expression parse errors, type check errors, runtime errors and invalid or
   * mis-configured policy definitions or bindings.
   *
   * A policy is invalid if paramKind refers to a non-existent Kind. A binding is invalid if
   * paramRef.name refers to a non-existent resource.
   *
   * failurePolicy does not define how validations that evaluate to false are handled.
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

  public V1alpha1MutatingAdmissionPolicySpec matchConditions(List<V1alpha1MatchCondition> matchConditions) {
    this.matchConditions = matchConditions;
    return this;
  }

  public V1alpha1MutatingAdmissionPolicySpec addMatchConditionsItem(V1alpha1MatchCondition item) {
    if (this.matchConditions == null) {
      this.matchConditions = new ArrayList<>();
    }
    this.matchConditions.add(item);
    return this;
  }

  /**
   * matchConditions is a list of conditions that must be met for a request to be validated.
   * Match conditions filter requests that have already been matched by the matchConstraints. An
   * empty list of matchConditions matches all requests. There are a maximum of 64 match
   * conditions allowed.
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
  public List<V1alpha1MatchCondition> getMatchConditions() {
    return matchConditions;
  }

  public void setMatchConditions(List<V1alpha1MatchCondition> matchConditions) {
    this.matchConditions = matchConditions;
  }

  public V1alpha1MutatingAdmissionPolicySpec matchConstraints(V1alpha1MatchResources matchConstraints) {
    this.matchConstraints = matchConstraints;
    return this;
  }

  /**
   * matchConstraints specifies what resources this policy is designed to validate. The
   * MutatingAdmissionPolicy cares about a request if it matches _all_ Constraints. However, in
   * order to prevent clusters from being put into an unstable state that cannot be recovered
   * from via the API MutatingAdmissionPolicy cannot match MutatingAdmissionPolicy and
   * MutatingAdmissionPolicyBinding. The CREATE, UPDATE and CONNECT operations are allowed.  The
   * DELETE operation may not be matched. '*' matches CREATE, UPDATE and CONNECT. Required.
   *
   * @return matchConstraints
   */
  public V1alpha1MatchResources getMatchConstraints() {
    return matchConstraints;
  }

  public void setMatchConstraints(V1alpha1MatchResources matchConstraints) {
    this.matchConstraints = matchConstraints;
  }

  public V1alpha1MutatingAdmissionPolicySpec mutations(List<V1alpha1Mutation> mutations) {
    this.mutations = mutations;
    return this;
  }

  public V1alpha1MutatingAdmissionPolicySpec addMutationsItem(V1alpha1Mutation item) {
    if (this.mutations == null) {
      this.mutations = new ArrayList<>();
    }
    this.mutations.add(item);
    return this;
  }

  /**
   * mutations contain operations to perform on matching objects. mutations may not be empty; a
   * minimum of one mutation is required. mutations are evaluated in order, and are reinvoked
   * according to the reinvocationPolicy. The mutations of a policy are invoked for each binding
   * of this policy and reinvocation of mutations occurs on a per binding basis.
   *
   * @return mutations
   */
  public List<V1alpha1Mutation> getMutations() {
    return mutations;
  }

  public void setMutations(List<V1alpha1Mutation> mutations) {
    this.mutations = mutations;
  }

  public V1alpha1MutatingAdmissionPolicySpec paramKind(V1alpha1ParamKind paramKind) {
    this.paramKind = paramKind;
    return this;
  }

  /**
   * paramKind specifies the kind of resources used to parameterize this policy. If absent, there
   * are no parameters for this policy and the param CEL variable will not be provided to
   * validation expressions. If paramKind refers to a non-existent kind, this policy definition
   * is mis-configured and the FailurePolicy is applied. If paramKind is specified but paramRef
   * is unset in MutatingAdmissionPolicyBinding, the params variable will be null.
   *
   * @return paramKind
   */
  public V1alpha1ParamKind getParamKind() {
    return paramKind;
  }

  public void setParamKind(V1alpha1ParamKind paramKind) {
    this.paramKind = paramKind;
  }

  public V1alpha1MutatingAdmissionPolicySpec reinvocationPolicy(String reinvocationPolicy) {
    this.reinvocationPolicy = reinvocationPolicy;
    return this;
  }

  /**
   * reinvocationPolicy indicates whether mutations may be called multiple times per
   * MutatingAdmissionPolicyBinding as part of a single admission evaluation. Allowed values are
   * "Never" and "IfNeeded".
   *
   * Never: These mutations will not be called more than once per binding in a single admission
   * evaluation.
   *
   * IfNeeded: These mutations may be invoked more than once per binding for a single admission
   * request and there is no guarantee of order with respect to other admission plugins,
   * admission webhooks, bindings of this policy and admission policies.  Mutations are only
   * reinvoked when mutations change the object after this mutation is invoked. Required.
   *
   * @return reinvocationPolicy
   */
  public String getReinvocationPolicy() {
    return reinvocationPolicy;
  }

  public void setReinvocationPolicy(String reinvocationPolicy) {
    this.reinvocationPolicy = reinvocationPolicy;
  }

  public V1alpha1MutatingAdmissionPolicySpec variables(List<V1alpha1Variable> variables) {
    this.variables = variables;
    return this;
  }

  public V1alpha1MutatingAdmissionPolicySpec addVariablesItem(V1alpha1Variable item) {
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
   * matchConditions because matchConditions are evaluated before the rest of the policy.
   *
   * The expression of a variable can refer to other variables defined earlier in the list but
   * not those after. Thus, variables must be sorted by the order of first appearance and
   * acyclic.
   *
   * @return variables
   */
  public List<V1alpha1Variable> getVariables() {
    return variables;
  }

  public void setVariables(List<V1alpha1Variable> variables) {
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
    V1alpha1MutatingAdmissionPolicySpec that = (V1alpha1MutatingAdmissionPolicySpec) other;
    return Objects.equals(failurePolicy, that.failurePolicy)
        && Objects.equals(matchConditions, that.matchConditions)
        && Objects.equals(matchConstraints, that.matchConstraints)
        && Objects.equals(mutations, that.mutations)
        && Objects.equals(paramKind, that.paramKind)
        && Objects.equals(reinvocationPolicy, that.reinvocationPolicy)
        && Objects.equals(variables, that.variables);
  }

  @Override
  public int hashCode() {
    return Objects.hash(failurePolicy, matchConditions, matchConstraints, mutations, paramKind, reinvocationPolicy, variables);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha1MutatingAdmissionPolicySpec {\n");
    sb.append("    failurePolicy: ").append(failurePolicy).append('\n');
    sb.append("    matchConditions: ").append(String.valueOf(matchConditions).replace("\n", "\n    ")).append('\n');
    sb.append("    matchConstraints: ").append(String.valueOf(matchConstraints).replace("\n", "\n    ")).append('\n');
    sb.append("    mutations: ").append(String.valueOf(mutations).replace("\n", "\n    ")).append('\n');
    sb.append("    paramKind: ").append(String.valueOf(paramKind).replace("\n", "\n    ")).append('\n');
    sb.append("    reinvocationPolicy: ").append(reinvocationPolicy).append('\n');
    sb.append("    variables: ").append(String.valueOf(variables).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
