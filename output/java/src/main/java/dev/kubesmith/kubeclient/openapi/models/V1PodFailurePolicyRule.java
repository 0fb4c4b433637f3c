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
 * PodFailurePolicyRule describes how a pod failure is handled when the requirements are met.
 * One of onExitCodes and onPodConditions, but not both, can be used in each rule.
 */
public class V1PodFailurePolicyRule {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "action",
      "onExitCodes",
      "onPodConditions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodFailurePolicyRule> CODEC = new Codec<V1PodFailurePolicyRule>() {
    @Override
    public V1PodFailurePolicyRule read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodFailurePolicyRule)");
      }
      V1PodFailurePolicyRule o = new V1PodFailurePolicyRule();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.action = Codecs.STRING.read(p);
            break;
          case 1:
            o.onExitCodes = V1PodFailurePolicyOnExitCodesRequirement.CODEC.read(p);
            break;
          case 2:
            o.onPodConditions = Codecs.listOf(V1PodFailurePolicyOnPodConditionsPattern.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodFailurePolicyRule o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.action != null) {
        g.writeFieldName("action");
        Codecs.STRING.write(g, o.action);
      }
      if (o.onExitCodes != null) {
        g.writeFieldName("onExitCodes");
        V1PodFailurePolicyOnExitCodesRequirement.CODEC.write(g, o.onExitCodes);
      }
      if (o.onPodConditions != null) {
        g.writeFieldName("onPodConditions");
        Codecs.listOf(V1PodFailurePolicyOnPodConditionsPattern.CODEC).write(g, o.onPodConditions);
      }
      g.writeEndObject();
    }
  };

  private String action;

  private V1PodFailurePolicyOnExitCodesRequirement onExitCodes;

  private List<V1PodFailurePolicyOnPodConditionsPattern> onPodConditions;

  public V1PodFailurePolicyRule action(String action) {
    this.action = action;
    return this;
  }

  /**
   * Specifies the action taken on a pod failure when the requirements are satisfied. Possible
   * values are:
   *
   * - FailJob: indicates that the pod's job is marked as Failed and all
   *   running pods are terminated.
   * - FailIndex: indicates that the pod's index is marked as Failed and will
   *   not be restarted.
   * - Ignore: indicates that the counter towards the .backoffLimit is not
   *   incremented and a replacement pod is created.
   * - Count: indicates that the pod is handled in the default way - the
   *   counter towards the .backoffLimit is incremented.
   * Additional values are considered to be added in the future. Clients should react to an
   * unknown action by skipping the rule.
   *
   * @return action
   */
  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public V1PodFailurePolicyRule onExitCodes(V1PodFailurePolicyOnExitCodesRequirement onExitCodes) {
    this.onExitCodes = onExitCodes;
    return this;
  }

  /**
   * Represents the requirement on the container exit codes.
   *
   * @return onExitCodes
   */
  public V1PodFailurePolicyOnExitCodesRequirement getOnExitCodes() {
    return onExitCodes;
  }

  public void setOnExitCodes(V1PodFailurePolicyOnExitCodesRequirement onExitCodes) {
    this.onExitCodes = onExitCodes;
  }

  public V1PodFailurePolicyRule onPodConditions(List<V1PodFailurePolicyOnPodConditionsPattern> onPodConditions) {
    this.onPodConditions = onPodConditions;
    return this;
  }

  public V1PodFailurePolicyRule addOnPodConditionsItem(V1PodFailurePolicyOnPodConditionsPattern item) {
    if (this.onPodConditions == null) {
      this.onPodConditions = new ArrayList<>();
    }
    this.onPodConditions.add(item);
    return this;
  }

  /**
   * Represents the requirement on the pod conditions. The requirement is represented as a list
   * of pod condition patterns. The requirement is satisfied if at least one pattern matches an
   * actual pod condition. At most 20 elements are allowed.
   *
   * @return onPodConditions
   */
  public List<V1PodFailurePolicyOnPodConditionsPattern> getOnPodConditions() {
    return onPodConditions;
  }

  public void setOnPodConditions(List<V1PodFailurePolicyOnPodConditionsPattern> onPodConditions) {
    this.onPodConditions = onPodConditions;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PodFailurePolicyRule that = (V1PodFailurePolicyRule) other;
    return Objects.equals(action, that.action)
        && Objects.equals(onExitCodes, that.onExitCodes)
        && Objects.equals(onPodConditions, that.onPodConditions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, onExitCodes, onPodConditions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodFailurePolicyRule {\n");
    sb.append("    action: ").append(action).append('\n');
    sb.append("    onExitCodes: ").append(String.valueOf(onExitCodes).replace("\n", "\n    ")).append('\n');
    sb.append("    onPodConditions: ").append(String.valueOf(onPodConditions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
