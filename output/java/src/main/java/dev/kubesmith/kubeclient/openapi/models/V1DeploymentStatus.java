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
 * DeploymentStatus is the most recently observed status of the Deployment.
 */
public class V1DeploymentStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "availableReplicas",
      "collisionCount",
      "conditions",
      "observedGeneration",
      "readyReplicas",
      "replicas",
      "terminatingReplicas",
      "unavailableReplicas",
      "updatedReplicas");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1DeploymentStatus> CODEC = new Codec<V1DeploymentStatus>() {
    @Override
    public V1DeploymentStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1DeploymentStatus)");
      }
      V1DeploymentStatus o = new V1DeploymentStatus();
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
            o.conditions = Codecs.listOf(V1DeploymentCondition.CODEC).read(p);
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
          case 7:
            o.unavailableReplicas = Codecs.INT32.read(p);
            break;
          case 8:
            o.updatedReplicas = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1DeploymentStatus o) throws IOException {
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
        Codecs.listOf(V1DeploymentCondition.CODEC).write(g, o.conditions);
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
      if (o.unavailableReplicas != null) {
        g.writeFieldName("unavailableReplicas");
        Codecs.INT32.write(g, o.unavailableReplicas);
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

  private List<V1DeploymentCondition> conditions;

  private Long observedGeneration;

  private Integer readyReplicas;

  private Integer replicas;

  private Integer terminatingReplicas;

  private Integer unavailableReplicas;

  private Integer updatedReplicas;

  public V1DeploymentStatus availableReplicas(Integer availableReplicas) {
    this.availableReplicas = availableReplicas;
    return this;
  }

  /**
   * Total number of available non-terminating pods (ready for at least minReadySeconds) targeted
   * by this deployment.
   *
   * @return availableReplicas
   */
  public Integer getAvailableReplicas() {
    return availableReplicas;
  }

  public void setAvailableReplicas(Integer availableReplicas) {
    this.availableReplicas = availableReplicas;
  }

  public V1DeploymentStatus collisionCount(Integer collisionCount) {
    this.collisionCount = collisionCount;
    return this;
  }

  /**
   * Count of hash collisions for the Deployment. The Deployment controller uses this field as a
   * collision avoidance mechanism when it needs to create the name for the newest ReplicaSet.
   *
   * @return collisionCount
   */
  public Integer getCollisionCount() {
    return collisionCount;
  }

  public void setCollisionCount(Integer collisionCount) {
    this.collisionCount = collisionCount;
  }

  public V1DeploymentStatus conditions(List<V1DeploymentCondition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1DeploymentStatus addConditionsItem(V1DeploymentCondition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * Represents the latest available observations of a deployment's current state.
   *
   * @return conditions
   */
  public List<V1DeploymentCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1DeploymentCondition> conditions) {
    this.conditions = conditions;
  }

  public V1DeploymentStatus observedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return this;
  }

  /**
   * The generation observed by the deployment controller.
   *
   * @return observedGeneration
   */
  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public V1DeploymentStatus readyReplicas(Integer readyReplicas) {
    this.readyReplicas = readyReplicas;
    return this;
  }

  /**
   * Total number of non-terminating pods targeted by this Deployment with a Ready Condition.
   *
   * @return readyReplicas
   */
  public Integer getReadyReplicas() {
    return readyReplicas;
  }

  public void setReadyReplicas(Integer readyReplicas) {
    this.readyReplicas = readyReplicas;
  }

  public V1DeploymentStatus replicas(Integer replicas) {
    this.replicas = replicas;
    return this;
  }

  /**
   * Total number of non-terminating pods targeted by this deployment (their labels match the
   * selector).
   *
   * @return replicas
   */
  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  public V1DeploymentStatus terminatingReplicas(Integer terminatingReplicas) {
    this.terminatingReplicas = terminatingReplicas;
    return this;
  }

  /**
   * Total number of terminating pods targeted by this deployment. Terminating pods have a
   * non-null .metadata.deletionTimestamp and have not yet reached the Failed or Succeeded
   * .status.phase.
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

  public V1DeploymentStatus unavailableReplicas(Integer unavailableReplicas) {
    this.unavailableReplicas = unavailableReplicas;
    return this;
  }

  /**
   * Total number of unavailable pods targeted by this deployment. This is the total number of
   * pods that are still required for the deployment to have 100% available capacity. They may
   * either be pods that are running but not yet available or pods that still have not been
   * created.
   *
   * @return unavailableReplicas
   */
  public Integer getUnavailableReplicas() {
    return unavailableReplicas;
  }

  public void setUnavailableReplicas(Integer unavailableReplicas) {
    this.unavailableReplicas = unavailableReplicas;
  }

  public V1DeploymentStatus updatedReplicas(Integer updatedReplicas) {
    this.updatedReplicas = updatedReplicas;
    return this;
  }

  /**
   * Total number of non-terminating pods targeted by this deployment that have the desired
   * template spec.
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
    V1DeploymentStatus that = (V1DeploymentStatus) other;
    return Objects.equals(availableReplicas, that.availableReplicas)
        && Objects.equals(collisionCount, that.collisionCount)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(readyReplicas, that.readyReplicas)
        && Objects.equals(replicas, that.replicas)
        && Objects.equals(terminatingReplicas, that.terminatingReplicas)
        && Objects.equals(unavailableReplicas, that.unavailableReplicas)
        && Objects.equals(updatedReplicas, that.updatedReplicas);
  }

  @Override
  public int hashCode() {
    return Objects.hash(availableReplicas, collisionCount, conditions, observedGeneration, readyReplicas, replicas, terminatingReplicas, unavailableReplicas, updatedReplicas);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1DeploymentStatus {\n");
    sb.append("    availableReplicas: ").append(availableReplicas).append('\n');
    sb.append("    collisionCount: ").append(collisionCount).append('\n');
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    observedGeneration: ").append(observedGeneration).append('\n');
    sb.append("    readyReplicas: ").append(readyReplicas).append('\n');
    sb.append("    replicas: ").append(replicas).append('\n');
    sb.append("    terminatingReplicas: ").append(terminatingReplicas).append('\n');
    sb.append("    unavailableReplicas: ").append(unavailableReplicas).append('\n');
    sb.append("    updatedReplicas: ").append(updatedReplicas).append('\n');
    return sb.append("}").toString();
  }
}
