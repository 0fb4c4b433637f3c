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
 * ReplicaSetStatus represents the current status of a ReplicaSet.
 */
public class V1ReplicaSetStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "availableReplicas",
      "conditions",
      "fullyLabeledReplicas",
      "observedGeneration",
      "readyReplicas",
      "replicas",
      "terminatingReplicas");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ReplicaSetStatus> CODEC = new Codec<V1ReplicaSetStatus>() {
    @Override
    public V1ReplicaSetStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ReplicaSetStatus)");
      }
      V1ReplicaSetStatus o = new V1ReplicaSetStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.availableReplicas = Codecs.INT32.read(p);
            break;
          case 1:
            o.conditions = Codecs.listOf(V1ReplicaSetCondition.CODEC).read(p);
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
          case 6:
            o.terminatingReplicas = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ReplicaSetStatus o) throws IOException {
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
        Codecs.listOf(V1ReplicaSetCondition.CODEC).write(g, o.conditions);
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
      if (o.terminatingReplicas != null) {
        g.writeFieldName("terminatingReplicas");
        Codecs.INT32.write(g, o.terminatingReplicas);
      }
      g.writeEndObject();
    }
  };

  private Integer availableReplicas;

  private List<V1ReplicaSetCondition> conditions;

  private Integer fullyLabeledReplicas;

  private Long observedGeneration;

  private Integer readyReplicas;

  private Integer replicas;

  private Integer terminatingReplicas;

  public V1ReplicaSetStatus availableReplicas(Integer availableReplicas) {
    this.availableReplicas = availableReplicas;
    return this;
  }

  /**
   * The number of available non-terminating pods (ready for at least minReadySeconds) for this
   * replica set.
   *
   * @return availableReplicas
   */
  public Integer getAvailableReplicas() {
    return availableReplicas;
  }

  public void setAvailableReplicas(Integer availableReplicas) {
    this.availableReplicas = availableReplicas;
  }

  public V1ReplicaSetStatus conditions(List<V1ReplicaSetCondition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1ReplicaSetStatus addConditionsItem(V1ReplicaSetCondition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * Represents the latest available observations of a replica set's current state.
   *
   * @return conditions
   */
  public List<V1ReplicaSetCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1ReplicaSetCondition> conditions) {
    this.conditions = conditions;
  }

  public V1ReplicaSetStatus fullyLabeledReplicas(Integer fullyLabeledReplicas) {
    this.fullyLabeledReplicas = fullyLabeledReplicas;
    return this;
  }

  /**
   * The number of non-terminating pods that have labels matching the labels of the pod template
   * of the replicaset.
   *
   * @return fullyLabeledReplicas
   */
  public Integer getFullyLabeledReplicas() {
    return fullyLabeledReplicas;
  }

  public void setFullyLabeledReplicas(Integer fullyLabeledReplicas) {
    this.fullyLabeledReplicas = fullyLabeledReplicas;
  }

  public V1ReplicaSetStatus observedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return this;
  }

  /**
   * ObservedGeneration reflects the generation of the most recently observed ReplicaSet.
   *
   * @return observedGeneration
   */
  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public V1ReplicaSetStatus readyReplicas(Integer readyReplicas) {
    this.readyReplicas = readyReplicas;
    return this;
  }

  /**
   * The number of non-terminating pods targeted by this ReplicaSet with a Ready Condition.
   *
   * @return readyReplicas
   */
  public Integer getReadyReplicas() {
    return readyReplicas;
  }

  public void setReadyReplicas(Integer readyReplicas) {
    this.readyReplicas = readyReplicas;
  }

  public V1ReplicaSetStatus replicas(Integer replicas) {
    this.replicas = replicas;
    return this;
  }

  /**
   * Replicas is the most recently observed number of non-terminating pods. More info:
   * https://kubernetes.io/docs/concepts/workloads/controllers/replicaset
   *
   * @return replicas
   */
  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  public V1ReplicaSetStatus terminatingReplicas(Integer terminatingReplicas) {
    this.terminatingReplicas = terminatingReplicas;
    return this;
  }

  /**
   * The number of terminating pods for this replica set. Terminating pods have a non-null
   * .metadata.deletionTimestamp and have not yet reached the Failed or Succeeded .status.phase.
   *
   * This is a beta field and requires enabling DeploymentReplicaSetTerminatingReplicas feature
   * (enabled by default).
   *
   * @return terminatingReplicas
   */
  public Integer getTerminatingReplicas() {
    return terminatingReplicas;
  }

  public void setTerminatingReplicas(Integer terminatingReplicas) {
    this.terminatingReplicas = terminatingReplicas;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ReplicaSetStatus that = (V1ReplicaSetStatus) other;
    return Objects.equals(availableReplicas, that.availableReplicas)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(fullyLabeledReplicas, that.fullyLabeledReplicas)
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(readyReplicas, that.readyReplicas)
        && Objects.equals(replicas, that.replicas)
        && Objects.equals(terminatingReplicas, that.terminatingReplicas);
  }

  @Override
  public int hashCode() {
    return Objects.hash(availableReplicas, conditions, fullyLabeledReplicas, observedGeneration, readyReplicas, replicas, terminatingReplicas);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ReplicaSetStatus {\n");
    sb.append("    availableReplicas: ").append(availableReplicas).append('\n');
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    fullyLabeledReplicas: ").append(fullyLabeledReplicas).append('\n');
    sb.append("    observedGeneration: ").append(observedGeneration).append('\n');
    sb.append("    readyReplicas: ").append(readyReplicas).append('\n');
    sb.append("    replicas: ").append(replicas).append('\n');
    sb.append("    terminatingReplicas: ").append(terminatingReplicas).append('\n');
    return sb.append("}").toString();
  }
}
