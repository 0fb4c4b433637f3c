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
 * FlowSchemaStatus represents the current state of a FlowSchema.
 */
public class V1FlowSchemaStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "conditions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1FlowSchemaStatus> CODEC = new Codec<V1FlowSchemaStatus>() {
    @Override
    public V1FlowSchemaStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1FlowSchemaStatus)");
      }
      V1FlowSchemaStatus o = new V1FlowSchemaStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.conditions = Codecs.listOf(V1FlowSchemaCondition.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1FlowSchemaStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1FlowSchemaCondition.CODEC).write(g, o.conditions);
      }
      g.writeEndObject();
    }
  };

  private List<V1FlowSchemaCondition> conditions;

  public V1FlowSchemaStatus conditions(List<V1FlowSchemaCondition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1FlowSchemaStatus addConditionsItem(V1FlowSchemaCondition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * `conditions` is a list of the current states of FlowSchema.
   *
   * @return conditions
   */
  public List<V1FlowSchemaCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1FlowSchemaCondition> conditions) {
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
    V1FlowSchemaStatus that = (V1FlowSchemaStatus) other;
    return Objects.equals(conditions, that.conditions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1FlowSchemaStatus {\n");
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
