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
 * DeviceTaintRuleStatus provides information about an on-going pod eviction.
 */
public class V1beta2DeviceTaintRuleStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "conditions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta2DeviceTaintRuleStatus> CODEC = new Codec<V1beta2DeviceTaintRuleStatus>() {
    @Override
    public V1beta2DeviceTaintRuleStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta2DeviceTaintRuleStatus)");
      }
      V1beta2DeviceTaintRuleStatus o = new V1beta2DeviceTaintRuleStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.conditions = Codecs.listOf(V1Condition.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta2DeviceTaintRuleStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1Condition.CODEC).write(g, o.conditions);
      }
      g.writeEndObject();
    }
  };

  private List<V1Condition> conditions;

  public V1beta2DeviceTaintRuleStatus conditions(List<V1Condition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1beta2DeviceTaintRuleStatus addConditionsItem(V1Condition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * Conditions provide information about the state of the DeviceTaintRule and the cluster at
   * some point in time, in a machine-readable and human-readable format.
   *
   * The following condition is currently defined as part of this API, more may get added: -
   * Type: EvictionInProgress - Status: True if there are currently pods which need to be
   * evicted, False otherwise
   *   (includes the effects which don't cause eviction).
   * - Reason: not specified, may change - Message: includes information about number of pending
   * pods and already evicted pods
   *   in a human-readable format, updated periodically, may change
   *
   * For `effect: None`, the condition above gets set once for each change to the spec, with the
   * message containing information about what would happen if the effect was `NoExecute`. This
   * feedback can be used to decide whether changing the effect to `NoExecute` will work as
   * intended. It only gets set once to avoid having to constantly update the status.
   *
   * Must have 8 or fewer entries.
   *
   * @return conditions
   */
  public List<V1Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1Condition> conditions) {
    this.conditions = conditions;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta2DeviceTaintRuleStatus that = (V1beta2DeviceTaintRuleStatus) other;
    return Objects.equals(conditions, that.conditions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta2DeviceTaintRuleStatus {\n");
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
