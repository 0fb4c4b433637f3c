package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.Quantity;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * HPAScalingRules configures the scaling behavior for one direction via scaling Policy Rules
 * and a configurable metric tolerance.
 *
 * Scaling Policy Rules are applied after calculating DesiredReplicas from metrics for the HPA.
 * They can limit the scaling velocity by specifying scaling policies. They can prevent
 * flapping by specifying the stabilization window, so that the number of replicas is not set
 * instantly, instead, the safest value from the stabilization window is chosen.
 *
 * The tolerance is applied to the metric values and prevents scaling too eagerly for small
 * metric variations.
 */
public class V2HPAScalingRules {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "policies",
      "selectPolicy",
      "stabilizationWindowSeconds",
      "tolerance");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V2HPAScalingRules> CODEC = new Codec<V2HPAScalingRules>() {
    @Override
    public V2HPAScalingRules read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V2HPAScalingRules)");
      }
      V2HPAScalingRules o = new V2HPAScalingRules();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.policies = Codecs.listOf(V2HPAScalingPolicy.CODEC).read(p);
            break;
          case 1:
            o.selectPolicy = Codecs.STRING.read(p);
            break;
          case 2:
            o.stabilizationWindowSeconds = Codecs.INT32.read(p);
            break;
          case 3:
            o.tolerance = Codecs.QUANTITY.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V2HPAScalingRules o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.policies != null) {
        g.writeFieldName("policies");
        Codecs.listOf(V2HPAScalingPolicy.CODEC).write(g, o.policies);
      }
      if (o.selectPolicy != null) {
        g.writeFieldName("selectPolicy");
        Codecs.STRING.write(g, o.selectPolicy);
      }
      if (o.stabilizationWindowSeconds != null) {
        g.writeFieldName("stabilizationWindowSeconds");
        Codecs.INT32.write(g, o.stabilizationWindowSeconds);
      }
      if (o.tolerance != null) {
        g.writeFieldName("tolerance");
        Codecs.QUANTITY.write(g, o.tolerance);
      }
      g.writeEndObject();
    }
  };

  private List<V2HPAScalingPolicy> policies;

  private String selectPolicy;

  private Integer stabilizationWindowSeconds;

  private Quantity tolerance;

  public V2HPAScalingRules policies(List<V2HPAScalingPolicy> policies) {
    this.policies = policies;
    return this;
  }

  public V2HPAScalingRules addPoliciesItem(V2HPAScalingPolicy item) {
    if (this.policies == null) {
      this.policies = new ArrayList<>();
    }
    this.policies.add(item);
    return this;
  }

  /**
   * policies is a list of potential scaling polices which can be used during scaling. If not
   * set, use the default values: - For scale up: allow doubling the number of pods, or an
   * absolute change of 4 pods in a 15s window. - For scale down: allow all pods to be removed in
   * a 15s window.
   *
   * @return policies
   */
  public List<V2HPAScalingPolicy> getPolicies() {
    return policies;
  }

  public void setPolicies(List<V2HPAScalingPolicy> policies) {
    this.policies = policies;
  }

  public V2HPAScalingRules selectPolicy(String selectPolicy) {
    this.selectPolicy = selectPolicy;
    return this;
  }

  /**
   * selectPolicy is used to specify which policy should be used. If not set, the default value
   * Max is used.
   *
   * @return selectPolicy
   */
  public String getSelectPolicy() {
    return selectPolicy;
  }

  public void setSelectPolicy(String selectPolicy) {
    this.selectPolicy = selectPolicy;
  }

  public V2HPAScalingRules stabilizationWindowSeconds(Integer stabilizationWindowSeconds) {
    this.stabilizationWindowSeconds = stabilizationWindowSeconds;
    return this;
  }

  /**
   * stabilizationWindowSeconds is the number of seconds for which past recommendations should be
   * considered while scaling up or scaling down. StabilizationWindowSeconds must be greater than
   * or equal to zero and less than or equal to 3600 (one hour). If not set, use the default
   * values: - For scale up: 0 (i.e. no stabilization is done). - For scale down: 300 (i.e. the
   * stabilization window is 300 seconds long).
   *
   * @return stabilizationWindowSeconds
   */
  public Integer getStabilizationWindowSeconds() {
    return stabilizationWindowSeconds;
  }

  public void setStabilizationWindowSeconds(Integer stabilizationWindowSeconds) {
    this.stabilizationWindowSeconds = stabilizationWindowSeconds;
  }

  public V2HPAScalingRules tolerance(Quantity tolerance) {
    this.tolerance = tolerance;
    return this;
  }

  /**
   * tolerance is the tolerance on the ratio between the current and desired metric value under
   * which no updates are made to the desired number of replicas (e.g. 0.01 for 1%). Must be
   * greater than or equal to zero. If not set, the default cluster-wide tolerance is applied (by
   * default 10%).
   *
   * For example, if autoscaling is configured with a memory consumption target of 100Mi, and
   * scale-down and scale-up tolerances of 5% and 1% respectively, scaling will be triggered when
   * the actual consumption falls below 95Mi or exceeds 101Mi.
   *
   * @return tolerance
   */
  public Quantity getTolerance() {
    return tolerance;
  }

  public void setTolerance(Quantity tolerance) {
    this.tolerance = tolerance;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V2HPAScalingRules that = (V2HPAScalingRules) other;
    return Objects.equals(policies, that.policies)
        && Objects.equals(selectPolicy, that.selectPolicy)
        && Objects.equals(stabilizationWindowSeconds, that.stabilizationWindowSeconds)
        && Objects.equals(tolerance, that.tolerance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policies, selectPolicy, stabilizationWindowSeconds, tolerance);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V2HPAScalingRules {\n");
    sb.append("    policies: ").append(String.valueOf(policies).replace("\n", "\n    ")).append('\n');
    sb.append("    selectPolicy: ").append(selectPolicy).append('\n');
    sb.append("    stabilizationWindowSeconds: ").append(stabilizationWindowSeconds).append('\n');
    sb.append("    tolerance: ").append(tolerance).append('\n');
    return sb.append("}").toString();
  }
}
