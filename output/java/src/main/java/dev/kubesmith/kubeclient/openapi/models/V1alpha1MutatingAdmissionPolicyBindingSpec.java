package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * MutatingAdmissionPolicyBindingSpec is the specification of the
 * MutatingAdmissionPolicyBinding.
 */
public class V1alpha1MutatingAdmissionPolicyBindingSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "matchResources",
      "paramRef",
      "policyName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1MutatingAdmissionPolicyBindingSpec> CODEC = new Codec<V1alpha1MutatingAdmissionPolicyBindingSpec>() {
    @Override
    public V1alpha1MutatingAdmissionPolicyBindingSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1MutatingAdmissionPolicyBindingSpec)");
      }
      V1alpha1MutatingAdmissionPolicyBindingSpec o = new V1alpha1MutatingAdmissionPolicyBindingSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.matchResources = V1alpha1MatchResources.CODEC.read(p);
            break;
          case 1:
            o.paramRef = V1alpha1ParamRef.CODEC.read(p);
            break;
          case 2:
            o.policyName = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha1MutatingAdmissionPolicyBindingSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.matchResources != null) {
        g.writeFieldName("matchResources");
        V1alpha1MatchResources.CODEC.write(g, o.matchResources);
      }
      if (o.paramRef != null) {
        g.writeFieldName("paramRef");
        V1alpha1ParamRef.CODEC.write(g, o.paramRef);
      }
      if (o.policyName != null) {
        g.writeFieldName("policyName");
        Codecs.STRING.write(g, o.policyName);
      }
      g.writeEndObject();
    }
  };

  private V1alpha1MatchResources matchResources;

  private V1alpha1ParamRef paramRef;

  private String policyName;

  public V1alpha1MutatingAdmissionPolicyBindingSpec matchResources(V1alpha1MatchResources matchResources) {
    this.matchResources = matchResources;
    return this;
  }

  /**
   * matchResources limits what resources match this binding and may be mutated by it. Note that
   * if matchResources matches a resource, the resource must also match a policy's
   * matchConstraints and matchConditions before the resource may be mutated. When matchResources
   * is unset, it does not constrain resource matching, and only the policy's matchConstraints
   * and matchConditions must match for the resource to be mutated. Additionally,
   * matchResources.resourceRules are optional and do not constraint matching when unset. Note
   * that this is differs from MutatingAdmissionPolicy matchConstraints, where resourceRules are
   * required. The CREATE, UPDATE and CONNECT operations are allowed.  The DELETE operation may
   * not be matched. '*' matches CREATE, UPDATE and CONNECT.
   *
   * @return matchResources
   */
  public V1alpha1MatchResources getMatchResources() {
    return matchResources;
  }

  public void setMatchResources(V1alpha1MatchResources matchResources) {
    this.matchResources = matchResources;
  }

  public V1alpha1MutatingAdmissionPolicyBindingSpec paramRef(V1alpha1ParamRef paramRef) {
    this.paramRef = paramRef;
    return this;
  }

  /**
   * paramRef specifies the parameter resource used to configure the admission control policy. It
   * should point to a resource of the type specified in spec.ParamKind of the bound
   * MutatingAdmissionPolicy. If the policy specifies a ParamKind and the resource referred to by
   * ParamRef does not exist, this binding is considered mis-configured and the FailurePolicy of
   * the MutatingAdmissionPolicy applied. If the policy does not specify a ParamKind then this
   * field is ignored, and the rules are evaluated without a param.
   *
   * @return paramRef
   */
  public V1alpha1ParamRef getParamRef() {
    return paramRef;
  }

  public void setParamRef(V1alpha1ParamRef paramRef) {
    this.paramRef = paramRef;
  }

  public V1alpha1MutatingAdmissionPolicyBindingSpec policyName(String policyName) {
    this.policyName = policyName;
    return this;
  }

  /**
   * policyName references a MutatingAdmissionPolicy name which the
   * MutatingAdmissionPolicyBinding binds to. If the referenced resource does not exist, this
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

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha1MutatingAdmissionPolicyBindingSpec that = (V1alpha1MutatingAdmissionPolicyBindingSpec) other;
    return Objects.equals(matchResources, that.matchResources)
        && Objects.equals(paramRef, that.paramRef)
        && Objects.equals(policyName, that.policyName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(matchResources, paramRef, policyName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha1MutatingAdmissionPolicyBindingSpec {\n");
    sb.append("    matchResources: ").append(String.valueOf(matchResources).replace("\n", "\n    ")).append('\n');
    sb.append("    paramRef: ").append(String.valueOf(paramRef).replace("\n", "\n    ")).append('\n');
    sb.append("    policyName: ").append(policyName).append('\n');
    return sb.append("}").toString();
  }
}
