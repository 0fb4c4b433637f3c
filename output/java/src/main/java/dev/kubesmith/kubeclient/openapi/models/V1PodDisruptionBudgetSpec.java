package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.IntOrString;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * PodDisruptionBudgetSpec is a description of a PodDisruptionBudget.
 */
public class V1PodDisruptionBudgetSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "maxUnavailable",
      "minAvailable",
      "selector",
      "unhealthyPodEvictionPolicy");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodDisruptionBudgetSpec> CODEC = new Codec<V1PodDisruptionBudgetSpec>() {
    @Override
    public V1PodDisruptionBudgetSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodDisruptionBudgetSpec)");
      }
      V1PodDisruptionBudgetSpec o = new V1PodDisruptionBudgetSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.maxUnavailable = Codecs.INT_OR_STRING.read(p);
            break;
          case 1:
            o.minAvailable = Codecs.INT_OR_STRING.read(p);
            break;
          case 2:
            o.selector = V1LabelSelector.CODEC.read(p);
            break;
          case 3:
            o.unhealthyPodEvictionPolicy = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodDisruptionBudgetSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.maxUnavailable != null) {
        g.writeFieldName("maxUnavailable");
        Codecs.INT_OR_STRING.write(g, o.maxUnavailable);
      }
      if (o.minAvailable != null) {
        g.writeFieldName("minAvailable");
        Codecs.INT_OR_STRING.write(g, o.minAvailable);
      }
      if (o.selector != null) {
        g.writeFieldName("selector");
        V1LabelSelector.CODEC.write(g, o.selector);
      }
      if (o.unhealthyPodEvictionPolicy != null) {
        g.writeFieldName("unhealthyPodEvictionPolicy");
        Codecs.STRING.write(g, o.unhealthyPodEvictionPolicy);
      }
      g.writeEndObject();
    }
  };

  private IntOrString maxUnavailable;

  private IntOrString minAvailable;

  private V1LabelSelector selector;

  private String unhealthyPodEvictionPolicy;

  public V1PodDisruptionBudgetSpec maxUnavailable(IntOrString maxUnavailable) {
    this.maxUnavailable = maxUnavailable;
    return this;
  }

  /**
   * maxUnavailable indicates that an eviction is allowed if at most "maxUnavailable" pods
   * selected by "selector" are unavailable after the eviction, i.e. even in absence of the
   * evicted pod. For example, one can prevent all voluntary evictions by specifying 0. This is a
   * mutually exclusive setting with "minAvailable".
   *
   * @return maxUnavailable
   */
  public IntOrString getMaxUnavailable() {
    return maxUnavailable;
  }

  public void setMaxUnavailable(IntOrString maxUnavailable) {
    this.maxUnavailable = maxUnavailable;
  }

  public V1PodDisruptionBudgetSpec minAvailable(IntOrString minAvailable) {
    this.minAvailable = minAvailable;
    return this;
  }

  /**
   * minAvailable indicates that an eviction is allowed if at least "minAvailable" pods selected
   * by "selector" will still be available after the eviction, i.e. even in the absence of the
   * evicted pod.  So for example you can prevent all voluntary evictions by specifying "100%".
   *
   * @return minAvailable
   */
  public IntOrString getMinAvailable() {
    return minAvailable;
  }

  public void setMinAvailable(IntOrString minAvailable) {
    this.minAvailable = minAvailable;
  }

  public V1PodDisruptionBudgetSpec selector(V1LabelSelector selector) {
    this.selector = selector;
    return this;
  }

  /**
   * selector is a label query over pods whose evictions are managed by the disruption budget. A
   * null selector will match no pods, while an empty ({}) selector will select all pods within
   * the namespace.
   *
   * @return selector
   */
  public V1LabelSelector getSelector() {
    return selector;
  }

  public void setSelector(V1LabelSelector selector) {
    this.selector = selector;
  }

  public V1PodDisruptionBudgetSpec unhealthyPodEvictionPolicy(String unhealthyPodEvictionPolicy) {
    this.unhealthyPodEvictionPolicy = unhealthyPodEvictionPolicy;
    return this;
  }

  /**
   * unhealthyPodEvictionPolicy defines the criteria for when unhealthy pods should be considered
   * for eviction. Current implementation considers healthy pods, as pods that have
   * status.conditions item with type="Ready",status="True".
   *
   * Valid policies are IfHealthyBudget and AlwaysAllow. If no policy is specified, the default
   * behavior will be used, which corresponds to the IfHealthyBudget policy.
   *
   * IfHealthyBudget policy means that running pods (status.phase="Running"), but not yet healthy
   * can be evicted only if the guarded application is not disrupted (status.currentHealthy is at
   * least equal to status.desiredHealthy). Healthy pods will be subject to the PDB for eviction.
   *
   * AlwaysAllow policy means that all running pods (status.phase="Running"), but not yet healthy
   * are considered disrupted and can be evicted regardless of whether the criteria in a PDB is
   * met. This means perspective running pods of a disrupted application might not get a chance
   * to become healthy. Healthy pods will be subject to the PDB for eviction.
   *
   * Additional policies may be added in the future. Clients making eviction decisions should
   * disallow eviction of unhealthy pods if they encounter an unrecognized policy in this field.
   *
   * @return unhealthyPodEvictionPolicy
   */
  public String getUnhealthyPodEvictionPolicy() {
    return unhealthyPodEvictionPolicy;
  }

  public void setUnhealthyPodEvictionPolicy(String unhealthyPodEvictionPolicy) {
    this.unhealthyPodEvictionPolicy = unhealthyPodEvictionPolicy;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PodDisruptionBudgetSpec that = (V1PodDisruptionBudgetSpec) other;
    return Objects.equals(maxUnavailable, that.maxUnavailable)
        && Objects.equals(minAvailable, that.minAvailable)
        && Objects.equals(selector, that.selector)
        && Objects.equals(unhealthyPodEvictionPolicy, that.unhealthyPodEvictionPolicy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxUnavailable, minAvailable, selector, unhealthyPodEvictionPolicy);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodDisruptionBudgetSpec {\n");
    sb.append("    maxUnavailable: ").append(maxUnavailable).append('\n');
    sb.append("    minAvailable: ").append(minAvailable).append('\n');
    sb.append("    selector: ").append(String.valueOf(selector).replace("\n", "\n    ")).append('\n');
    sb.append("    unhealthyPodEvictionPolicy: ").append(unhealthyPodEvictionPolicy).append('\n');
    return sb.append("}").toString();
  }
}
