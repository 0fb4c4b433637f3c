package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * PodDisruptionBudgetStatus represents information about the status of a PodDisruptionBudget.
 * Status may trail the actual state of a system.
 */
public class V1PodDisruptionBudgetStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "conditions",
      "currentHealthy",
      "desiredHealthy",
      "disruptedPods",
      "disruptionsAllowed",
      "expectedPods",
      "observedGeneration");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodDisruptionBudgetStatus> CODEC = new Codec<V1PodDisruptionBudgetStatus>() {
    @Override
    public V1PodDisruptionBudgetStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodDisruptionBudgetStatus)");
      }
      V1PodDisruptionBudgetStatus o = new V1PodDisruptionBudgetStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.conditions = Codecs.listOf(V1Condition.CODEC).read(p);
            break;
          case 1:
            o.currentHealthy = Codecs.INT32.read(p);
            break;
          case 2:
            o.desiredHealthy = Codecs.INT32.read(p);
            break;
          case 3:
            o.disruptedPods = Codecs.mapOf(Codecs.TIME).read(p);
            break;
          case 4:
            o.disruptionsAllowed = Codecs.INT32.read(p);
            break;
          case 5:
            o.expectedPods = Codecs.INT32.read(p);
            break;
          case 6:
            o.observedGeneration = Codecs.INT64.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodDisruptionBudgetStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1Condition.CODEC).write(g, o.conditions);
      }
      if (o.currentHealthy != null) {
        g.writeFieldName("currentHealthy");
        Codecs.INT32.write(g, o.currentHealthy);
      }
      if (o.desiredHealthy != null) {
        g.writeFieldName("desiredHealthy");
        Codecs.INT32.write(g, o.desiredHealthy);
      }
      if (o.disruptedPods != null) {
        g.writeFieldName("disruptedPods");
        Codecs.mapOf(Codecs.TIME).write(g, o.disruptedPods);
      }
      if (o.disruptionsAllowed != null) {
        g.writeFieldName("disruptionsAllowed");
        Codecs.INT32.write(g, o.disruptionsAllowed);
      }
      if (o.expectedPods != null) {
        g.writeFieldName("expectedPods");
        Codecs.INT32.write(g, o.expectedPods);
      }
      if (o.observedGeneration != null) {
        g.writeFieldName("observedGeneration");
        Codecs.INT64.write(g, o.observedGeneration);
      }
      g.writeEndObject();
    }
  };

  private List<V1Condition> conditions;

  private Integer currentHealthy;

  private Integer desiredHealthy;

  private Map<String, OffsetDateTime> disruptedPods;

  private Integer disruptionsAllowed;

  private Integer expectedPods;

  private Long observedGeneration;

  public V1PodDisruptionBudgetStatus conditions(List<V1Condition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1PodDisruptionBudgetStatus addConditionsItem(V1Condition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * Conditions contain conditions for PDB. The disruption controller sets the DisruptionAllowed
   * condition. The following are known values for the reason field (additional reasons could be
   * added in the future): - SyncFailed: The controller encountered an error and wasn't able to
   * compute
   *               the number of allowed disruptions. Therefore no disruptions are
   *               allowed and the status of the condition will be False.
   * - InsufficientPods: The number of pods are either at or below the number
   *                     required by the PodDisruptionBudget. No disruptions are
   *                     allowed and the status of the condition will be False.
   * - SufficientPods: There are more pods than required by the PodDisruptionBudget.
   *                   The condition will be True, and the number of allowed
   *                   disruptions are provided by the disruptionsAllowed property.
   *
   * @return conditions
   */
  public List<V1Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1Condition> conditions) {
    this.conditions = conditions;
  }

  public V1PodDisruptionBudgetStatus currentHealthy(Integer currentHealthy) {
    this.currentHealthy = currentHealthy;
    return this;
  }

  /**
   * current number of healthy pods
   *
   * @return currentHealthy
   */
  public Integer getCurrentHealthy() {
    return currentHealthy;
  }

  public void setCurrentHealthy(Integer currentHealthy) {
    this.currentHealthy = currentHealthy;
  }

  public V1PodDisruptionBudgetStatus desiredHealthy(Integer desiredHealthy) {
    this.desiredHealthy = desiredHealthy;
    return this;
  }

  /**
   * minimum desired number of healthy pods
   *
   * @return desiredHealthy
   */
  public Integer getDesiredHealthy() {
    return desiredHealthy;
  }

  public void setDesiredHealthy(Integer desiredHealthy) {
    this.desiredHealthy = desiredHealthy;
  }

  public V1PodDisruptionBudgetStatus disruptedPods(Map<String, OffsetDateTime> disruptedPods) {
    this.disruptedPods = disruptedPods;
    return this;
  }

  public V1PodDisruptionBudgetStatus putDisruptedPodsItem(String key, OffsetDateTime item) {
    if (this.disruptedPods == null) {
      this.disruptedPods = new LinkedHashMap<>();
    }
    this.disruptedPods.put(key, item);
    return this;
  }

  /**
   * DisruptedPods contains information about pods whose eviction was processed by the API server
   * eviction subresource handler but has not yet been observed by the PodDisruptionBudget
   * controller. A pod will be in this map from the time when the API server processed the
   * eviction request to the time when the pod is seen by PDB controller as having been marked
   * for deletion (or after a timeout). The key in the map is the name of the pod and the value
   * is the time when the API server processed the eviction request. If the deletion didn't occur
   * and a pod is still there it will be removed from the list automatically by
   * PodDisruptionBudget controller after some time. If everything goes smooth this map should be
   * empty for the most of the time. Large number of entries in the map may indicate problems
   * with pod deletions.
   *
   * @return disruptedPods
   */
  public Map<String, OffsetDateTime> getDisruptedPods() {
    return disruptedPods;
  }

  public void setDisruptedPods(Map<String, OffsetDateTime> disruptedPods) {
    this.disruptedPods = disruptedPods;
  }

  public V1PodDisruptionBudgetStatus disruptionsAllowed(Integer disruptionsAllowed) {
    this.disruptionsAllowed = disruptionsAllowed;
    return this;
  }

  /**
   * Number of pod disruptions that are currently allowed.
   *
   * @return disruptionsAllowed
   */
  public Integer getDisruptionsAllowed() {
    return disruptionsAllowed;
  }

  public void setDisruptionsAllowed(Integer disruptionsAllowed) {
    this.disruptionsAllowed = disruptionsAllowed;
  }

  public V1PodDisruptionBudgetStatus expectedPods(Integer expectedPods) {
    this.expectedPods = expectedPods;
    return this;
  }

  /**
   * total number of pods counted by this disruption budget
   *
   * @return expectedPods
   */
  public Integer getExpectedPods() {
    return expectedPods;
  }

  public void setExpectedPods(Integer expectedPods) {
    this.expectedPods = expectedPods;
  }

  public V1PodDisruptionBudgetStatus observedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return this;
  }

  /**
   * Most recent generation observed when updating this PDB status. DisruptionsAllowed and other
   * status information is valid only if observedGeneration equals to PDB's object generation.
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
    V1PodDisruptionBudgetStatus that = (V1PodDisruptionBudgetStatus) other;
    return Objects.equals(conditions, that.conditions)
        && Objects.equals(currentHealthy, that.currentHealthy)
        && Objects.equals(desiredHealthy, that.desiredHealthy)
        && Objects.equals(disruptedPods, that.disruptedPods)
        && Objects.equals(disruptionsAllowed, that.disruptionsAllowed)
        && Objects.equals(expectedPods, that.expectedPods)
        && Objects.equals(observedGeneration, that.observedGeneration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions, currentHealthy, desiredHealthy, disruptedPods, disruptionsAllowed, expectedPods, observedGeneration);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodDisruptionBudgetStatus {\n");
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    currentHealthy: ").append(currentHealthy).append('\n');
    sb.append("    desiredHealthy: ").append(desiredHealthy).append('\n');
    sb.append("    disruptedPods: ").append(String.valueOf(disruptedPods).replace("\n", "\n    ")).append('\n');
    sb.append("    disruptionsAllowed: ").append(disruptionsAllowed).append('\n');
    sb.append("    expectedPods: ").append(expectedPods).append('\n');
    sb.append("    observedGeneration: ").append(observedGeneration).append('\n');
    return sb.append("}").toString();
  }
}
