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
 * NetworkPolicySpec provides the specification of a NetworkPolicy
 */
public class V1NetworkPolicySpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "egress",
      "ingress",
      "podSelector",
      "policyTypes");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NetworkPolicySpec> CODEC = new Codec<V1NetworkPolicySpec>() {
    @Override
    public V1NetworkPolicySpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NetworkPolicySpec)");
      }
      V1NetworkPolicySpec o = new V1NetworkPolicySpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.egress = Codecs.listOf(V1NetworkPolicyEgressRule.CODEC).read(p);
            break;
          case 1:
            o.ingress = Codecs.listOf(V1NetworkPolicyIngressRule.CODEC).read(p);
            break;
          case 2:
            o.podSelector = V1LabelSelector.CODEC.read(p);
            break;
          case 3:
            o.policyTypes = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NetworkPolicySpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.egress != null) {
        g.writeFieldName("egress");
        Codecs.listOf(V1NetworkPolicyEgressRule.CODEC).write(g, o.egress);
      }
      if (o.ingress != null) {
        g.writeFieldName("ingress");
        Codecs.listOf(V1NetworkPolicyIngressRule.CODEC).write(g, o.ingress);
      }
      if (o.podSelector != null) {
        g.writeFieldName("podSelector");
        V1LabelSelector.CODEC.write(g, o.podSelector);
      }
      if (o.policyTypes != null) {
        g.writeFieldName("policyTypes");
        Codecs.listOf(Codecs.STRING).write(g, o.policyTypes);
      }
      g.writeEndObject();
    }
  };

  private List<V1NetworkPolicyEgressRule> egress;

  private List<V1NetworkPolicyIngressRule> ingress;

  private V1LabelSelector podSelector;

  private List<String> policyTypes;

  public V1NetworkPolicySpec egress(List<V1NetworkPolicyEgressRule> egress) {
    this.egress = egress;
    return this;
  }

  public V1NetworkPolicySpec addEgressItem(V1NetworkPolicyEgressRule item) {
    if (this.egress == null) {
      this.egress = new ArrayList<>();
    }
    this.egress.add(item);
    return this;
  }

  /**
   * egress is a list of egress rules to be applied to the selected pods. Outgoing traffic is
   * allowed if there are no NetworkPolicies selecting the pod (and cluster policy otherwise
   * allows the traffic), OR if the traffic matches at least one egress rule across all of the
   * NetworkPolicy objects whose podSelector matches the pod. If this field is empty then this
   * NetworkPolicy limits all outgoing traffic (and serves solely to ensure that the pods it
   * selects are isolated by default). This field is beta-level in 1.8
   *
   * @return egress
   */
  public List<V1NetworkPolicyEgressRule> getEgress() {
    return egress;
  }

  public void setEgress(List<V1NetworkPolicyEgressRule> egress) {
    this.egress = egress;
  }

  public V1NetworkPolicySpec ingress(List<V1NetworkPolicyIngressRule> ingress) {
    this.ingress = ingress;
    return this;
  }

  public V1NetworkPolicySpec addIngressItem(V1NetworkPolicyIngressRule item) {
    if (this.ingress == null) {
      this.ingress = new ArrayList<>();
    }
    this.ingress.add(item);
    return this;
  }

  /**
   * ingress is a list of ingress rules to be applied to the selected pods. Traffic is allowed to
   * a pod if there are no NetworkPolicies selecting the pod (and cluster policy otherwise allows
   * the traffic), OR if the traffic source is the pod's local node, OR if the traffic matches at
   * least one ingress rule across all of the NetworkPolicy objects whose podSelector matches the
   * pod. If this field is empty then this NetworkPolicy does not allow any traffic (and serves
   * solely to ensure that the pods it selects are isolated by default)
   *
   * @return ingress
   */
  public List<V1NetworkPolicyIngressRule> getIngress() {
    return ingress;
  }

  public void setIngress(List<V1NetworkPolicyIngressRule> ingress) {
    this.ingress = ingress;
  }

  public V1NetworkPolicySpec podSelector(V1LabelSelector podSelector) {
    this.podSelector = podSelector;
    return this;
  }

  /**
   * podSelector selects the pods to which this NetworkPolicy object applies. The array of rules
   * is applied to any pods selected by this field. An empty selector matches all pods in the
   * policy's namespace. Multiple network policies can select the same set of pods. In this case,
   * the ingress rules for each are combined additively. This field is optional. If it is not
   * specified, it defaults to an empty selector.
   *
   * @return podSelector
   */
  public V1LabelSelector getPodSelector() {
    return podSelector;
  }

  public void setPodSelector(V1LabelSelector podSelector) {
    this.podSelector = podSelector;
  }

  public V1NetworkPolicySpec policyTypes(List<String> policyTypes) {
    this.policyTypes = policyTypes;
    return this;
  }

  public V1NetworkPolicySpec addPolicyTypesItem(String item) {
    if (this.policyTypes == null) {
      this.policyTypes = new ArrayList<>();
    }
    this.policyTypes.add(item);
    return this;
  }

  /**
   * policyTypes is a list of rule types that the NetworkPolicy relates to. Valid options are
   * ["Ingress"], ["Egress"], or ["Ingress", "Egress"]. If this field is not specified, it will
   * default based on the existence of ingress or egress rules; policies that contain an egress
   * section are assumed to affect egress, and all policies (whether or not they contain an
   * ingress section) are assumed to affect ingress. If you want to write an egress-only policy,
   * you must explicitly specify policyTypes [ "Egress" ]. Likewise, if you want to write a
   * policy that specifies that no egress is allowed, you must specify a policyTypes value that
   * include "Egress" (since such a policy would not include an egress section and would
   * otherwise default to just [ "Ingress" ]). This field is beta-level in 1.8
   *
   * @return policyTypes
   */
  public List<String> getPolicyTypes() {
    return policyTypes;
  }

  public void setPolicyTypes(List<String> policyTypes) {
    this.policyTypes = policyTypes;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NetworkPolicySpec that = (V1NetworkPolicySpec) other;
    return Objects.equals(egress, that.egress)
        && Objects.equals(ingress, that.ingress)
        && Objects.equals(podSelector, that.podSelector)
        && Objects.equals(policyTypes, that.policyTypes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(egress, ingress, podSelector, policyTypes);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NetworkPolicySpec {\n");
    sb.append("    egress: ").append(String.valueOf(egress).replace("\n", "\n    ")).append('\n');
    sb.append("    ingress: ").append(String.valueOf(ingress).replace("\n", "\n    ")).append('\n');
    sb.append("    podSelector: ").append(String.valueOf(podSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    policyTypes: ").append(String.valueOf(policyTypes).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
