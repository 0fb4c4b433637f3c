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
 * StatefulSetStatus represents the current state of a StatefulSet.
 */
public class V1StatefulSetStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "availableReplicas",
      "collisionCount",
      "conditions",
      "currentReplicas",
      "currentRevision",
      "observedGeneration",
      "readyReplicas",
      "replicas",
      "updateRevision",
      "updatedReplicas");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1StatefulSetStatus> CODEC = new Codec<V1StatefulSetStatus>() {
    @Override
    public V1StatefulSetStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1StatefulSetStatus)");
      }
      V1StatefulSetStatus o = new V1StatefulSetStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.availableReplicas = Codecs.INT32.read(p);
            break;
          case 1:
            o.collisionCount = Codecs.INT32.read(p);
            break;
          case 2:
            o.conditions = Codecs.listOf(V1StatefulSetCondition.CODEC).read(p);
            break;
          case 3:
            o.currentReplicas = Codecs.INT32.read(p);
            break;
          case 4:
            o.currentRevision = Codecs.STRING.read(p);
            break;
          case 5:
            o.observedGeneration = Codecs.INT64.read(p);
            break;
          case 6:
            o.readyReplicas = Codecs.INT32.read(p);
            break;
          case 7:
            o.replicas = Codecs.INT32.read(p);
            break;
          case 8:
            o.updateRevision = Codecs.STRING.read(p);
            break;
          case 9:
            o.updatedReplicas = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1StatefulSetStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.availableReplicas != null) {
        g.writeFieldName("availableReplicas");
        Codecs.INT32.write(g, o.availableReplicas);
      }
      if (o.collisionCount != null) {
        g.writeFieldName("collisionCount");
        Codecs.INT32.write(g, o.collisionCount);
      }
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1StatefulSetCondition.CODEC).write(g, o.conditions);
      }
      if (o.currentReplicas != null) {
        g.writeFieldName("currentReplicas");
        Codecs.INT32.write(g, o.currentReplicas);
      }
      if (o.currentRevision != null) {
        g.writeFieldName("currentRevision");
        Codecs.STRING.write(g, o.currentRevision);
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
      if (o.updateRevision != null) {
        g.writeFieldName("updateRevision");
        Codecs.STRING.write(g, o.updateRevision);
      }
      if (o.updatedReplicas != null) {
        g.writeFieldName("updatedReplicas");
        Codecs.INT32.write(g, o.updatedReplicas);
      }
      g.writeEndObject();
    }
  };

  private Integer availableReplicas;

  private Integer collisionCount;

  private List<V1StatefulSetCondition> conditions;

  private Integer currentReplicas;

  private String currentRevision;

  private Long observedGeneration;

  private Integer readyReplicas;

  private Integer replicas;

  private String updateRevision;

  private Integer updatedReplicas;

  public V1StatefulSetStatus availableReplicas(Integer availableReplicas) {
    this.availableReplicas = availableReplicas;
    return this;
  }

  /**
   * Total number of available pods (ready for at least minReadySeconds) targeted by this
   * statefulset.
   *
   * @return availableReplicas
   */
  public Integer getAvailableReplicas() {
    return availableReplicas;
  }

  public void setAvailableReplicas(Integer availableReplicas) {
    this.availableReplicas = availableReplicas;
  }

  public V1StatefulSetStatus collisionCount(Integer collisionCount) {
    this.collisionCount = collisionCount;
    return this;
  }

  /**
   * collisionCount is the count of hash collisions for the StatefulSet. The StatefulSet
   * controller uses this field as a collision avoidance mechanism when it needs to create the
   * name for the newest ControllerRevision.
   *
   * @return collisionCount
   */
  public Integer getCollisionCount() {
    return collisionCount;
  }

  public void setCollisionCount(Integer collisionCount) {
    this.collisionCount = collisionCount;
  }

  public V1StatefulSetStatus conditions(List<V1StatefulSetCondition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1StatefulSetStatus addConditionsItem(V1StatefulSetCondition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * Represents the latest available observations of a statefulset's current state.
   *
   * @return conditions
   */
  public List<V1StatefulSetCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1StatefulSetCondition> conditions) {
    this.conditions = conditions;
  }

  public V1StatefulSetStatus currentReplicas(Integer currentReplicas) {
    this.currentReplicas = currentReplicas;
    return this;
  }

  /**
   * currentReplicas is the number of Pods created by the StatefulSet controller from the
   * StatefulSet version indicated by currentRevision.
   *
   * @return currentReplicas
   */
  public Integer getCurrentReplicas() {
    return currentReplicas;
  }

  public void setCurrentReplicas(Integer currentReplicas) {
    this.currentReplicas = currentReplicas;
  }

  public V1StatefulSetStatus currentRevision(String currentRevision) {
    this.currentRevision = currentRevision;
    return this;
  }

  /**
   * currentRevision, if not empty, indicates the version of the StatefulSet used to generate
   * Pods in the sequence [0,currentReplicas).
   *
   * @return currentRevision
   */
  public String getCurrentRevision() {
    return currentRevision;
  }

  public void setCurrentRevision(String currentRevision) {
    this.currentRevision = currentRevision;
  }

  public V1StatefulSetStatus observedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return this;
  }

  /**
   * observedGeneration is the most recent generation observed for this StatefulSet. It
   * corresponds to the StatefulSet's generation, which is updated on mutation by the API Server.
   *
   * @return observedGeneration
   */
  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public V1StatefulSetStatus readyReplicas(Integer readyReplicas) {
    this.readyReplicas = readyReplicas;
    return this;
  }

  /**
   * readyReplicas is the number of pods created for this StatefulSet with a Ready Condition.
   *
   * @return readyReplicas
   */
  public Integer getReadyReplicas() {
    return readyReplicas;
  }

  public void setReadyReplicas(Integer readyReplicas) {
    this.readyReplicas = readyReplicas;
  }

  public V1StatefulSetStatus replicas(Integer replicas) {
    this.replicas = replicas;
    return this;
  }

  /**
   * replicas is the number of Pods created by the StatefulSet controller.
   *
   * @return replicas
   */
  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  public V1StatefulSetStatus updateRevision(String updateRevision) {
    this.updateRevision = updateRevision;
    return this;
  }

  /**
   * updateRevision, if not empty, indicates the version of the StatefulSet used to generate Pods
   * in the sequence [replicas-updatedReplicas,replicas)
   *
   * @return updateRevision
   */
  public String getUpdateRevision() {
    return updateRevision;
  }

  public void setUpdateRevision(String updateRevision) {
    this.updateRevision = updateRevision;
  }

  public V1StatefulSetStatus updatedReplicas(Integer updatedReplicas) {
    this.updatedReplicas = updatedReplicas;
    return this;
  }

  /**
   * updatedReplicas is the number of Pods created by the StatefulSet controller from the
   * StatefulSet version indicated by updateRevision.
   *
   * @return updatedReplicas
   */
  public Integer getUpdatedReplicas() {
    return updatedReplicas;
  }

  public void setUpdatedReplicas(Integer updatedReplicas) {
    this.updatedReplicas = updatedReplicas;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1StatefulSetStatus that = (V1StatefulSetStatus) other;
    return Objects.equals(availableReplicas, that.availableReplicas)
        && Objects.equals(collisionCount, that.collisionCount)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(currentReplicas, that.currentReplicas)
        && Objects.equals(currentRevision, that.currentRevision)
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(readyReplicas, that.readyReplicas)
        && Objects.equals(replicas, that.replicas)
        && Objects.equals(updateRevision, that.updateRevision)
        && Objects.equals(updatedReplicas, that.updatedReplicas);
  }

  @Override
  public int hashCode() {
    return Objects.hash(availableReplicas, collisionCount, conditions, currentReplicas, currentRevision, observedGeneration, readyReplicas, replicas, updateRevision, updatedReplicas);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1StatefulSetStatus {\n");
    sb.append("    availableReplicas: ").append(availableReplicas).append('\n');
    sb.append("    collisionCount: ").append(collisionCount).append('\n');
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    currentReplicas: ").append(currentReplicas).append('\n');
    sb.append("    currentRevision: ").append(currentRevision).append('\n');
    sb.append("    observedGeneration: ").append(observedGeneration).append('\n');
    sb.append("    readyReplicas: ").append(readyReplicas).append('\n');
    sb.append("    replicas: ").append(replicas).append('\n');
    sb.append("    updateRevision: ").append(updateRevision).append('\n');
    sb.append("    updatedReplicas: ").append(updatedReplicas).append('\n');
    return sb.append("}").toString();
  }
}
