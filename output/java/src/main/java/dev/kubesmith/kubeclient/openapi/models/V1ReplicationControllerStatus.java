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
 * ReplicationControllerStatus represents the current status of a replication controller.
 */
public class V1ReplicationControllerStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "availableReplicas",
      "conditions",
      "fullyLabeledReplicas",
      "observedGeneration",
      "readyReplicas",
      "replicas");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ReplicationControllerStatus> CODEC = new Codec<V1ReplicationControllerStatus>() {
    @Override
    public V1ReplicationControllerStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ReplicationControllerStatus)");
      }
      V1ReplicationControllerStatus o = new V1ReplicationControllerStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.availableReplicas = Codecs.INT32.read(p);
            break;
          case 1:
            o.conditions = Codecs.listOf(V1ReplicationControllerCondition.CODEC).read(p);
            break;
          case 2:
            o.fullyLabeledReplicas = Codecs.INT32.read(p);
            break;
          case 3:
            o.observedGeneration = Codecs.INT64.read(p);
            break;
          case 4:
            o.readyReplicas = Codecs.INT32.read(p);
            break;
          case 5:
            o.replicas = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ReplicationControllerStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.availableReplicas != null) {
        g.writeFieldName("availableReplicas");
        Codecs.INT32.write(g, o.availableReplicas);
      }
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1ReplicationControllerCondition.CODEC).write(g, o.conditions);
      }
      if (o.fullyLabeledReplicas != null) {
        g.writeFieldName("fullyLabeledReplicas");
        Codecs.INT32.write(g, o.fullyLabeledReplicas);
      }
      if (o.observedGeneration != null) {
        g.writeFieldName("observedGeneration");
        Codecs.INT64.write(g, o.observedGeneration);
      }
      if (o.readyReplicas != null) {
        g.writeFieldName("readyReplicas");
        Codecs.INT32.write(g, o.readyReplicas);
      }
      if (o.replicas != null) {
        g.writeFieldName("replicas");
        Codecs.INT32.write(g, o.replicas);
      }
      g.writeEndObject();
    }
  };

  private Integer availableReplicas;

  private List<V1ReplicationControllerCondition> conditions;

  private Integer fullyLabeledReplicas;

  private Long observedGeneration;

  private Integer readyReplicas;

  private Integer replicas;

  public V1ReplicationControllerStatus availableReplicas(Integer availableReplicas) {
    this.availableReplicas = availableReplicas;
    return this;
  }

  /**
   * The number of available replicas (ready for at least minReadySeconds) for this replication
   * controller.
   *
   * @return availableReplicas
   */
  public Integer getAvailableReplicas() {
    return availableReplicas;
  }

  public void setAvailableReplicas(Integer availableReplicas) {
    this.availableReplicas = availableReplicas;
  }

  public V1ReplicationControllerStatus conditions(List<V1ReplicationControllerCondition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1ReplicationControllerStatus addConditionsItem(V1ReplicationControllerCondition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * Represents the latest available observations of a replication controller's current state.
   *
   * @return conditions
   */
  public List<V1ReplicationControllerCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1ReplicationControllerCondition> conditions) {
    this.conditions = conditions;
  }

  public V1ReplicationControllerStatus fullyLabeledReplicas(Integer fullyLabeledReplicas) {
    this.fullyLabeledReplicas = fullyLabeledReplicas;
    return this;
  }

  /**
   * The number of pods that have labels matching the labels of the pod template of the
   * replication controller.
   *
   * @return fullyLabeledReplicas
   */
  public Integer getFullyLabeledReplicas() {
    return fullyLabeledReplicas;
  }

  public void setFullyLabeledReplicas(Integer fullyLabeledReplicas) {
    this.fullyLabeledReplicas = fullyLabeledReplicas;
  }

  public V1ReplicationControllerStatus observedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return this;
  }

  /**
   * ObservedGeneration reflects the generation of the most recently observed replication
   * controller.
   *
   * @return observedGeneration
   */
  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public V1ReplicationControllerStatus readyReplicas(Integer readyReplicas) {
    this.readyReplicas = readyReplicas;
    return this;
  }

  /**
   * The number of ready replicas for this replication controller.
   *
   * @return readyReplicas
   */
  public Integer getReadyReplicas() {
    return readyReplicas;
  }

  public void setReadyReplicas(Integer readyReplicas) {
    this.readyReplicas = readyReplicas;
  }

  public V1ReplicationControllerStatus replicas(Integer replicas) {
    this.replicas = replicas;
    return this;
  }

  /**
   * Replicas is the most recently observed number of replicas. More info:
   * https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#what-is-a-replicationcontroller
   *
   * @return replicas
   */
  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ReplicationControllerStatus that = (V1ReplicationControllerStatus) other;
    return Objects.equals(availableReplicas, that.availableReplicas)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(fullyLabeledReplicas, that.fullyLabeledReplicas)
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(readyReplicas, that.readyReplicas)
        && Objects.equals(replicas, that.replicas);
  }

  @Override
  public int hashCode() {
    return Objects.hash(availableReplicas, conditions, fullyLabeledReplicas, observedGeneration, readyReplicas, replicas);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ReplicationControllerStatus {\n");
    sb.append("    availableReplicas: ").append(availableReplicas).append('\n');
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    fullyLabeledReplicas: ").append(fullyLabeledReplicas).append('\n');
    sb.append("    observedGeneration: ").append(observedGeneration).append('\n');
    sb.append("    readyReplicas: ").append(readyReplicas).append('\n');
    sb.append("    replicas: ").append(replicas).append('\n');
    return sb.append("}").toString();
  }
}
