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
 * ValidatingAdmissionPolicyBindingSpec is the specification of the
 * ValidatingAdmissionPolicyBinding.
 */
public class V1ValidatingAdmissionPolicyBindingSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "matchResources",
      "paramRef",
      "policyName",
      "validationActions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ValidatingAdmissionPolicyBindingSpec> CODEC = new Codec<V1ValidatingAdmissionPolicyBindingSpec>() {
    @Override
    public V1ValidatingAdmissionPolicyBindingSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ValidatingAdmissionPolicyBindingSpec)");
      }
      V1ValidatingAdmissionPolicyBindingSpec o = new V1ValidatingAdmissionPolicyBindingSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.matchResources = V1MatchResources.CODEC.read(p);
            break;
          case 1:
            o.paramRef = V1ParamRef.CODEC.read(p);
            break;
          case 2:
            o.policyName = Codecs.STRING.read(p);
            break;
          case 3:
            o.validationActions = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ValidatingAdmissionPolicyBindingSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.matchResources != null) {
        g.writeFieldName("matchResources");
        V1MatchResources.CODEC.write(g, o.matchResources);
      }
      if (o.paramRef != null) {
        g.writeFieldName("paramRef");
        V1ParamRef.CODEC.write(g, o.paramRef);
      }
      if (o.policyName != null) {
        g.writeFieldName("policyName");
        Codecs.STRING.write(g, o.policyName);
      }
      if (o.validationActions != null) {
        g.writeFieldName("validationActions");
        Codecs.listOf(Codecs.STRING).write(g, o.validationActions);
      }
      g.writeEndObject();
    }
  };

  private V1MatchResources matchResources;

  private V1ParamRef paramRef;

  private String policyName;

  private List<String> validationActions;

  public V1ValidatingAdmissionPolicyBindingSpec matchResources(V1MatchResources matchResources) {
    this.matchResources = matchResources;
    return this;
  }

  /**
   * matchResources declares what resources match this binding and will be validated by it. Note
   * that this is intersected with the policy's matchConstraints, so only requests that are
   * matched by the policy can be selected by this. If this is unset, all resources matched by
   * the policy are validated by this binding When resourceRules is unset, it does not constrain
   * resource matching. If a resource is matched by the other fields of this object, it will be
   * validated. Note that this is differs from ValidatingAdmissionPolicy matchConstraints, where
   * resourceRules are required.
   *
   * @return matchResources
   */
  public V1MatchResources getMatchResources() {
    return matchResources;
  }

  public void setMatchResources(V1MatchResources matchResources) {
    this.matchResources = matchResources;
  }

  public V1ValidatingAdmissionPolicyBindingSpec paramRef(V1ParamRef paramRef) {
    this.paramRef = paramRef;
    return this;
  }

  /**
   * paramRef specifies the parameter resource used to configure the admission control policy. It
   * should point to a resource of the type specified in ParamKind of the bound
   * ValidatingAdmissionPolicy. If the policy specifies a ParamKind and the resource referred to
   * by ParamRef does not exist, this binding is considered mis-configured and the FailurePolicy
   * of the ValidatingAdmissionPolicy applied. If the policy does not specify a ParamKind then
   * this field is ignored, and the rules are evaluated without a param.
   *
   * @return paramRef
   */
  public V1ParamRef getParamRef() {
    return paramRef;
  }

  public void setParamRef(V1ParamRef paramRef) {
    this.paramRef = paramRef;
  }

  public V1ValidatingAdmissionPolicyBindingSpec policyName(String policyName) {
    this.policyName = policyName;
    return this;
  }

  /**
   * policyName references a ValidatingAdmissionPolicy name which the
   * ValidatingAdmissionPolicyBinding binds to. If the referenced resource does not exist, this
   * binding is considered invalid and will be ignored Required.
   *
   * @return policyName
   */
  public String getPolicyName() {
    return policyName;
  }

  public void setPolicyName(String policyName) {
    this.policyName = policyName;
  }

  public V1ValidatingAdmissionPolicyBindingSpec validationActions(List<String> validationActions) {
    this.validationActions = validationActions;
    return this;
  }

  public V1ValidatingAdmissionPolicyBindingSpec addValidationActionsItem(String item) {
    if (this.validationActions == null) {
      this.validationActions = new ArrayList<>();
    }
    this.validationActions.add(item);
    return this;
  }

  /**
   * validationActions declares how Validations of the referenced ValidatingAdmissionPolicy are
   * enforced. If a validation evaluates to false it is always enforced according to these
   * actions.
   *
   * Failures defined by the ValidatingAdmissionPolicy's FailurePolicy are enforced according to
   * these actions only if the FailurePolicy is set to Fail, otherwise the failures are ignored.
   * This includes compilation errors, runtime errors and misconfigurations of the policy.
   *
   * validationActions is declared as a set of action values. Order does not matter.
   * validationActions may not contain duplicates of the same action.
   *
   * The supported actions values are:
   *
   * "Deny" specifies that a validation failure results in a denied request.
   *
   * "Warn" specifies that a validation failure is reported to the request client in HTTP Warning
   * headers, with a warning code of 299. Warnings can be sent both for allowed or denied
   * admission responses.
   *
   * "Audit" specifies that a validation failure is included in the published audit event for the
   * request. The audit event will contain a
   * `validation.policy.admission.k8s.io/validation_failure` audit annotation with a value
   * containing the details of the validation failures, formatted as a JSON list of objects, each
   * with the following fields: - message: The validation failure message string - policy: The
   * resource name of the ValidatingAdmissionPolicy - binding: The resource name of the
   * ValidatingAdmissionPolicyBinding - expressionIndex: The index of the failed validations in
   * the ValidatingAdmissionPolicy - validationActions: The enforcement actions enacted for the
   * validation failure Example audit annotation:
   * `"validation.policy.admission.k8s.io/validation_failure": "[{&#92;"message&#92;":
   * &#92;"Invalid value&#92;", {&#92;"policy&#92;": &#92;"policy.example.com&#92;",
   * {&#92;"binding&#92;": &#92;"policybinding.example.com&#92;", {&#92;"expressionIndex&#92;":
   * &#92;"1&#92;", {&#92;"validationActions&#92;": [&#92;"Audit&#92;"]}]"`
   *
   * Clients should expect to handle additional values by ignoring any values not recognized.
   *
   * "Deny" and "Warn" may not be used together since this combination needlessly duplicates the
   * validation failure both in the API response body and the HTTP warning headers.
   *
   * Required.
   *
   * @return validationActions
   */
  public List<String> getValidationActions() {
    return validationActions;
  }

  public void setValidationActions(List<String> validationActions) {
    this.validationActions = validationActions;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ValidatingAdmissionPolicyBindingSpec that = (V1ValidatingAdmissionPolicyBindingSpec) other;
    return Objects.equals(matchResources, that.matchResources)
        && Objects.equals(paramRef, that.paramRef)
        && Objects.equals(policyName, that.policyName)
        && Objects.equals(validationActions, that.validationActions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(matchResources, paramRef, policyName, validationActions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ValidatingAdmissionPolicyBindingSpec {\n");
    sb.append("    matchResources: ").append(String.valueOf(matchResources).replace("\n", "\n    ")).append('\n');
    sb.append("    paramRef: ").append(String.valueOf(paramRef).replace("\n", "\n    ")).append('\n');
    sb.append("    policyName: ").append(policyName).append('\n');
    sb.append("    validationActions: ").append(String.valueOf(validationActions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
