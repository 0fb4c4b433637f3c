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
 * ValidatingAdmissionPolicyStatus represents the status of an admission validation policy.
 */
public class V1ValidatingAdmissionPolicyStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "conditions",
      "observedGeneration",
      "typeChecking");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ValidatingAdmissionPolicyStatus> CODEC = new Codec<V1ValidatingAdmissionPolicyStatus>() {
    @Override
    public V1ValidatingAdmissionPolicyStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ValidatingAdmissionPolicyStatus)");
      }
      V1ValidatingAdmissionPolicyStatus o = new V1ValidatingAdmissionPolicyStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.conditions = Codecs.listOf(V1Condition.CODEC).read(p);
            break;
          case 1:
            o.observedGeneration = Codecs.INT64.read(p);
            break;
          case 2:
            o.typeChecking = V1TypeChecking.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ValidatingAdmissionPolicyStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1Condition.CODEC).write(g, o.conditions);
      }
      if (o.observedGeneration != null) {
        g.writeFieldName("observedGeneration");
        Codecs.INT64.write(g, o.observedGeneration);
      }
      if (o.typeChecking != null) {
        g.writeFieldName("typeChecking");
        V1TypeChecking.CODEC.write(g, o.typeChecking);
      }
      g.writeEndObject();
    }
  };

  private List<V1Condition> conditions;

  private Long observedGeneration;

  private V1TypeChecking typeChecking;

  public V1ValidatingAdmissionPolicyStatus conditions(List<V1Condition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1ValidatingAdmissionPolicyStatus addConditionsItem(V1Condition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * conditions represent the latest available observations of a policy's current state.
   *
   * @return conditions
   */
  public List<V1Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1Condition> conditions) {
    this.conditions = conditions;
  }

  public V1ValidatingAdmissionPolicyStatus observedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return this;
  }

  /**
   * observedGeneration is the generation observed by the controller.
   *
   * @return observedGeneration
   */
  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public V1ValidatingAdmissionPolicyStatus typeChecking(V1TypeChecking typeChecking) {
    this.typeChecking = typeChecking;
    return this;
  }

  /**
   * typeChecking contains the results of type checking for each expression. Presence of this
   * field indicates the completion of the type checking.
   *
   * @return typeChecking
   */
  public V1TypeChecking getTypeChecking() {
    return typeChecking;
  }

  public void setTypeChecking(V1TypeChecking typeChecking) {
    this.typeChecking = typeChecking;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ValidatingAdmissionPolicyStatus that = (V1ValidatingAdmissionPolicyStatus) other;
    return Objects.equals(conditions, that.conditions)
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(typeChecking, that.typeChecking);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions, observedGeneration, typeChecking);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ValidatingAdmissionPolicyStatus {\n");
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    observedGeneration: ").append(observedGeneration).append('\n');
    sb.append("    typeChecking: ").append(String.valueOf(typeChecking).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
