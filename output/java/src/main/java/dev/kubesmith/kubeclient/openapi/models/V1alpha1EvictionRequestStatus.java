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
 * EvictionRequestStatus represents the last observed status of the eviction request.
 */
public class V1alpha1EvictionRequestStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "conditions",
      "observedGeneration");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1EvictionRequestStatus> CODEC = new Codec<V1alpha1EvictionRequestStatus>() {
    @Override
    public V1alpha1EvictionRequestStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1EvictionRequestStatus)");
      }
      V1alpha1EvictionRequestStatus o = new V1alpha1EvictionRequestStatus();
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
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha1EvictionRequestStatus o) throws IOException {
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
      g.writeEndObject();
    }
  };

  private List<V1Condition> conditions;

  private Long observedGeneration;

  public V1alpha1EvictionRequestStatus conditions(List<V1Condition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1alpha1EvictionRequestStatus addConditionsItem(V1Condition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * conditions contain information about the eviction request.
   *
   * EvictionRequest specific conditions are: TargetEvicted or Failed (managed by
   * evictionrequest-controller). - Failed means that the eviction request is no longer being
   * processed
   *   by any eviction responder. This can happen if the request is canceled or if no responder
   *   managed to evict the target (e.g. terminate or delete a pod).
   * - TargetEvicted means that the target has been evicted (e.g. a pod has been terminated or
   * deleted).
   *
   * These conditions can be reset if the eviction was unsuccessful and a new Eviction intent has
   * been submitted.
   *
   * The maximum length of the conditions list is 100.
   *
   * @return conditions
   */
  public List<V1Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1Condition> conditions) {
    this.conditions = conditions;
  }

  public V1alpha1EvictionRequestStatus observedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return this;
  }

  /**
   * observedGeneration is EvictionRequest's .metadata.generation observed by the
   * evictionrequest-controller. The observed generation value cannot be negative and can only be
   * incremented. The minimum value is 1. This field is managed by evictionrequest-controller.
   *
   * @return observedGeneration
   */
  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha1EvictionRequestStatus that = (V1alpha1EvictionRequestStatus) other;
    return Objects.equals(conditions, that.conditions)
        && Objects.equals(observedGeneration, that.observedGeneration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions, observedGeneration);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha1EvictionRequestStatus {\n");
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    observedGeneration: ").append(observedGeneration).append('\n');
    return sb.append("}").toString();
  }
}
