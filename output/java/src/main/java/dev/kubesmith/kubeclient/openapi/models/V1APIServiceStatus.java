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
 * APIServiceStatus contains derived information about an API server
 */
public class V1APIServiceStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "conditions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1APIServiceStatus> CODEC = new Codec<V1APIServiceStatus>() {
    @Override
    public V1APIServiceStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1APIServiceStatus)");
      }
      V1APIServiceStatus o = new V1APIServiceStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.conditions = Codecs.listOf(V1APIServiceCondition.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1APIServiceStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1APIServiceCondition.CODEC).write(g, o.conditions);
      }
      g.writeEndObject();
    }
  };

  private List<V1APIServiceCondition> conditions;

  public V1APIServiceStatus conditions(List<V1APIServiceCondition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1APIServiceStatus addConditionsItem(V1APIServiceCondition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * Current service state of apiService.
   *
   * @return conditions
   */
  public List<V1APIServiceCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1APIServiceCondition> conditions) {
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
    V1APIServiceStatus that = (V1APIServiceStatus) other;
    return Objects.equals(conditions, that.conditions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1APIServiceStatus {\n");
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
