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
 * PodReadinessGate contains the reference to a pod condition
 */
public class V1PodReadinessGate {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "conditionType");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodReadinessGate> CODEC = new Codec<V1PodReadinessGate>() {
    @Override
    public V1PodReadinessGate read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodReadinessGate)");
      }
      V1PodReadinessGate o = new V1PodReadinessGate();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.conditionType = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodReadinessGate o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.conditionType != null) {
        g.writeFieldName("conditionType");
        Codecs.STRING.write(g, o.conditionType);
      }
      g.writeEndObject();
    }
  };

  private String conditionType;

  public V1PodReadinessGate conditionType(String conditionType) {
    this.conditionType = conditionType;
    return this;
  }

  /**
   * ConditionType refers to a condition in the pod's condition list with matching type.
   *
   * @return conditionType
   */
  public String getConditionType() {
    return conditionType;
  }

  public void setConditionType(String conditionType) {
    this.conditionType = conditionType;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PodReadinessGate that = (V1PodReadinessGate) other;
    return Objects.equals(conditionType, that.conditionType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditionType);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodReadinessGate {\n");
    sb.append("    conditionType: ").append(conditionType).append('\n');
    return sb.append("}").toString();
  }
}
