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
 * PriorityLevelConfigurationStatus represents the current state of a "request-priority".
 */
public class V1PriorityLevelConfigurationStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "conditions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PriorityLevelConfigurationStatus> CODEC = new Codec<V1PriorityLevelConfigurationStatus>() {
    @Override
    public V1PriorityLevelConfigurationStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PriorityLevelConfigurationStatus)");
      }
      V1PriorityLevelConfigurationStatus o = new V1PriorityLevelConfigurationStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.conditions = Codecs.listOf(V1PriorityLevelConfigurationCondition.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PriorityLevelConfigurationStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1PriorityLevelConfigurationCondition.CODEC).write(g, o.conditions);
      }
      g.writeEndObject();
    }
  };

  private List<V1PriorityLevelConfigurationCondition> conditions;

  public V1PriorityLevelConfigurationStatus conditions(List<V1PriorityLevelConfigurationCondition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1PriorityLevelConfigurationStatus addConditionsItem(V1PriorityLevelConfigurationCondition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * `conditions` is the current state of "request-priority".
   *
   * @return conditions
   */
  public List<V1PriorityLevelConfigurationCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1PriorityLevelConfigurationCondition> conditions) {
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
    V1PriorityLevelConfigurationStatus that = (V1PriorityLevelConfigurationStatus) other;
    return Objects.equals(conditions, that.conditions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PriorityLevelConfigurationStatus {\n");
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
