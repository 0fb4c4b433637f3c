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
 * DaemonSetStatus represents the current status of a daemon set.
 */
public class V1DaemonSetStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "collisionCount",
      "conditions",
      "currentNumberScheduled",
      "desiredNumberScheduled",
      "numberAvailable",
      "numberMisscheduled",
      "numberReady",
      "numberUnavailable",
      "observedGeneration",
      "updatedNumberScheduled");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1DaemonSetStatus> CODEC = new Codec<V1DaemonSetStatus>() {
    @Override
    public V1DaemonSetStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1DaemonSetStatus)");
      }
      V1DaemonSetStatus o = new V1DaemonSetStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.collisionCount = Codecs.INT32.read(p);
            break;
          case 1:
            o.conditions = Codecs.listOf(V1DaemonSetCondition.CODEC).read(p);
            break;
          case 2:
            o.currentNumberScheduled = Codecs.INT32.read(p);
            break;
          case 3:
            o.desiredNumberScheduled = Codecs.INT32.read(p);
            break;
          case 4:
            o.numberAvailable = Codecs.INT32.read(p);
            break;
          case 5:
            o.numberMisscheduled = Codecs.INT32.read(p);
            break;
          case 6:
            o.numberReady = Codecs.INT32.read(p);
            break;
          case 7:
            o.numberUnavailable = Codecs.INT32.read(p);
            break;
          case 8:
            o.observedGeneration = Codecs.INT64.read(p);
            break;
          case 9:
            o.updatedNumberScheduled = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1DaemonSetStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.collisionCount != null) {
        g.writeFieldName("collisionCount");
        Codecs.INT32.write(g, o.collisionCount);
      }
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1DaemonSetCondition.CODEC).write(g, o.conditions);
      }
      if (o.currentNumberScheduled != null) {
        g.writeFieldName("currentNumberScheduled");
        Codecs.INT32.write(g, o.currentNumberScheduled);
      }
      if (o.desiredNumberScheduled != null) {
        g.writeFieldName("desiredNumberScheduled");
        Codecs.INT32.write(g, o.desiredNumberScheduled);
      }
      if (o.numberAvailable != null) {
        g.writeFieldName("numberAvailable");
        Codecs.INT32.write(g, o.numberAvailable);
      }
      if (o.numberMisscheduled != null) {
        g.writeFieldName("numberMisscheduled");
        Codecs.INT32.write(g, o.numberMisscheduled);
      }
      if (o.numberReady != null) {
        g.writeFieldName("numberReady");
        Codecs.INT32.write(g, o.numberReady);
      }
      if (o.numberUnavailable != null) {
        g.writeFieldName("numberUnavailable");
        Codecs.INT32.write(g, o.numberUnavailable);
      }
      if (o.observedGeneration != null) {
        g.writeFieldName("observedGeneration");
        Codecs.INT64.write(g, o.observedGeneration);
      }
      if (o.updatedNumberScheduled != null) {
        g.writeFieldName("updatedNumberScheduled");
        Codecs.INT32.write(g, o.updatedNumberScheduled);
      }
      g.writeEndObject();
    }
  };

  private Integer collisionCount;

  private List<V1DaemonSetCondition> conditions;

  private Integer currentNumberScheduled;

  private Integer desiredNumberScheduled;

  private Integer numberAvailable;

  private Integer numberMisscheduled;

  private Integer numberReady;

  private Integer numberUnavailable;

  private Long observedGeneration;

  private Integer updatedNumberScheduled;

  public V1DaemonSetStatus collisionCount(Integer collisionCount) {
    this.collisionCount = collisionCount;
    return this;
  }

  /**
   * Count of hash collisions for the DaemonSet. The DaemonSet controller uses this field as a
   * collision avoidance mechanism when it needs to create the name for the newest
   * ControllerRevision.
   *
   * @return collisionCount
   */
  public Integer getCollisionCount() {
    return collisionCount;
  }

  public void setCollisionCount(Integer collisionCount) {
    this.collisionCount = collisionCount;
  }

  public V1DaemonSetStatus conditions(List<V1DaemonSetCondition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1DaemonSetStatus addConditionsItem(V1DaemonSetCondition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * Represents the latest available observations of a DaemonSet's current state.
   *
   * @return conditions
   */
  public List<V1DaemonSetCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1DaemonSetCondition> conditions) {
    this.conditions = conditions;
  }

  public V1DaemonSetStatus currentNumberScheduled(Integer currentNumberScheduled) {
    this.currentNumberScheduled = currentNumberScheduled;
    return this;
  }

  /**
   * The number of nodes that are running at least 1 daemon pod and are supposed to run the
   * daemon pod. More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/
   *
   * @return currentNumberScheduled
   */
  public Integer getCurrentNumberScheduled() {
    return currentNumberScheduled;
  }

  public void setCurrentNumberScheduled(Integer currentNumberScheduled) {
    this.currentNumberScheduled = currentNumberScheduled;
  }

  public V1DaemonSetStatus desiredNumberScheduled(Integer desiredNumberScheduled) {
    this.desiredNumberScheduled = desiredNumberScheduled;
    return this;
  }

  /**
   * The total number of nodes that should be running the daemon pod (including nodes correctly
   * running the daemon pod). More info:
   * https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/
   *
   * @return desiredNumberScheduled
   */
  public Integer getDesiredNumberScheduled() {
    return desiredNumberScheduled;
  }

  public void setDesiredNumberScheduled(Integer desiredNumberScheduled) {
    this.desiredNumberScheduled = desiredNumberScheduled;
  }

  public V1DaemonSetStatus numberAvailable(Integer numberAvailable) {
    this.numberAvailable = numberAvailable;
    return this;
  }

  /**
   * The number of nodes that should be running the daemon pod and have one or more of the daemon
   * pod running and available (ready for at least spec.minReadySeconds)
   *
   * @return numberAvailable
   */
  public Integer getNumberAvailable() {
    return numberAvailable;
  }

  public void setNumberAvailable(Integer numberAvailable) {
    this.numberAvailable = numberAvailable;
  }

  public V1DaemonSetStatus numberMisscheduled(Integer numberMisscheduled) {
    this.numberMisscheduled = numberMisscheduled;
    return this;
  }

  /**
   * The number of nodes that are running the daemon pod, but are not supposed to run the daemon
   * pod. More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/
   *
   * @return numberMisscheduled
   */
  public Integer getNumberMisscheduled() {
    return numberMisscheduled;
  }

  public void setNumberMisscheduled(Integer numberMisscheduled) {
    this.numberMisscheduled = numberMisscheduled;
  }

  public V1DaemonSetStatus numberReady(Integer numberReady) {
    this.numberReady = numberReady;
    return this;
  }

  /**
   * numberReady is the number of nodes that should be running the daemon pod and have one or
   * more of the daemon pod running with a Ready Condition.
   *
   * @return numberReady
   */
  public Integer getNumberReady() {
    return numberReady;
  }

  public void setNumberReady(Integer numberReady) {
    this.numberReady = numberReady;
  }

  public V1DaemonSetStatus numberUnavailable(Integer numberUnavailable) {
    this.numberUnavailable = numberUnavailable;
    return this;
  }

  /**
   * The number of nodes that should be running the daemon pod and have none of the daemon pod
   * running and available (ready for at least spec.minReadySeconds)
   *
   * @return numberUnavailable
   */
  public Integer getNumberUnavailable() {
    return numberUnavailable;
  }

  public void setNumberUnavailable(Integer numberUnavailable) {
    this.numberUnavailable = numberUnavailable;
  }

  public V1DaemonSetStatus observedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return this;
  }

  /**
   * The most recent generation observed by the daemon set controller.
   *
   * @return observedGeneration
   */
  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public V1DaemonSetStatus updatedNumberScheduled(Integer updatedNumberScheduled) {
    this.updatedNumberScheduled = updatedNumberScheduled;
    return this;
  }

  /**
   * The total number of nodes that are running updated daemon pod
   *
   * @return updatedNumberScheduled
   */
  public Integer getUpdatedNumberScheduled() {
    return updatedNumberScheduled;
  }

  public void setUpdatedNumberScheduled(Integer updatedNumberScheduled) {
    this.updatedNumberScheduled = updatedNumberScheduled;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1DaemonSetStatus that = (V1DaemonSetStatus) other;
    return Objects.equals(collisionCount, that.collisionCount)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(currentNumberScheduled, that.currentNumberScheduled)
        && Objects.equals(desiredNumberScheduled, that.desiredNumberScheduled)
        && Objects.equals(numberAvailable, that.numberAvailable)
        && Objects.equals(numberMisscheduled, that.numberMisscheduled)
        && Objects.equals(numberReady, that.numberReady)
        && Objects.equals(numberUnavailable, that.numberUnavailable)
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(updatedNumberScheduled, that.updatedNumberScheduled);
  }

  @Override
  public int hashCode() {
    return Objects.hash(collisionCount, conditions, currentNumberScheduled, desiredNumberScheduled, numberAvailable, numberMisscheduled, numberReady, numberUnavailable, observedGeneration, updatedNumberScheduled);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1DaemonSetStatus {\n");
    sb.append("    collisionCount: ").append(collisionCount).append('\n');
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    currentNumberScheduled: ").append(currentNumberScheduled).append('\n');
    sb.append("    desiredNumberScheduled: ").append(desiredNumberScheduled).append('\n');
    sb.append("    numberAvailable: ").append(numberAvailable).append('\n');
    sb.append("    numberMisscheduled: ").append(numberMisscheduled).append('\n');
    sb.append("    numberReady: ").append(numberReady).append('\n');
    sb.append("    numberUnavailable: ").append(numberUnavailable).append('\n');
    sb.append("    observedGeneration: ").append(observedGeneration).append('\n');
    sb.append("    updatedNumberScheduled: ").append(updatedNumberScheduled).append('\n');
    return sb.append("}").toString();
  }
}
