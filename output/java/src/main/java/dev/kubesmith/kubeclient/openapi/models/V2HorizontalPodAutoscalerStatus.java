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
import java.util.List;
import java.util.Objects;

/**
 * HorizontalPodAutoscalerStatus describes the current status of a horizontal pod autoscaler.
 */
public class V2HorizontalPodAutoscalerStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "conditions",
      "currentMetrics",
      "currentReplicas",
      "desiredReplicas",
      "lastScaleTime",
      "observedGeneration");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V2HorizontalPodAutoscalerStatus> CODEC = new Codec<V2HorizontalPodAutoscalerStatus>() {
    @Override
    public V2HorizontalPodAutoscalerStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V2HorizontalPodAutoscalerStatus)");
      }
      V2HorizontalPodAutoscalerStatus o = new V2HorizontalPodAutoscalerStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.conditions = Codecs.listOf(V2HorizontalPodAutoscalerCondition.CODEC).read(p);
            break;
          case 1:
            o.currentMetrics = Codecs.listOf(V2MetricStatus.CODEC).read(p);
            break;
          case 2:
            o.currentReplicas = Codecs.INT32.read(p);
            break;
          case 3:
            o.desiredReplicas = Codecs.INT32.read(p);
            break;
          case 4:
            o.lastScaleTime = Codecs.TIME.read(p);
            break;
          case 5:
            o.observedGeneration = Codecs.INT64.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V2HorizontalPodAutoscalerStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V2HorizontalPodAutoscalerCondition.CODEC).write(g, o.conditions);
      }
      if (o.currentMetrics != null) {
        g.writeFieldName("currentMetrics");
        Codecs.listOf(V2MetricStatus.CODEC).write(g, o.currentMetrics);
      }
      if (o.currentReplicas != null) {
        g.writeFieldName("currentReplicas");
        Codecs.INT32.write(g, o.currentReplicas);
      }
      if (o.desiredReplicas != null) {
        g.writeFieldName("desiredReplicas");
        Codecs.INT32.write(g, o.desiredReplicas);
      }
      if (o.lastScaleTime != null) {
        g.writeFieldName("lastScaleTime");
        Codecs.TIME.write(g, o.lastScaleTime);
      }
      if (o.observedGeneration != null) {
        g.writeFieldName("observedGeneration");
        Codecs.INT64.write(g, o.observedGeneration);
      }
      g.writeEndObject();
    }
  };

  private List<V2HorizontalPodAutoscalerCondition> conditions;

  private List<V2MetricStatus> currentMetrics;

  private Integer currentReplicas;

  private Integer desiredReplicas;

  private OffsetDateTime lastScaleTime;

  private Long observedGeneration;

  public V2HorizontalPodAutoscalerStatus conditions(List<V2HorizontalPodAutoscalerCondition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V2HorizontalPodAutoscalerStatus addConditionsItem(V2HorizontalPodAutoscalerCondition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * conditions is the set of conditions required for this autoscaler to scale its target, and
   * indicates whether or not those conditions are met.
   *
   * @return conditions
   */
  public List<V2HorizontalPodAutoscalerCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V2HorizontalPodAutoscalerCondition> conditions) {
    this.conditions = conditions;
  }

  public V2HorizontalPodAutoscalerStatus currentMetrics(List<V2MetricStatus> currentMetrics) {
    this.currentMetrics = currentMetrics;
    return this;
  }

  public V2HorizontalPodAutoscalerStatus addCurrentMetricsItem(V2MetricStatus item) {
    if (this.currentMetrics == null) {
      this.currentMetrics = new ArrayList<>();
    }
    this.currentMetrics.add(item);
    return this;
  }

  /**
   * currentMetrics is the last read state of the metrics used by this autoscaler.
   *
   * @return currentMetrics
   */
  public List<V2MetricStatus> getCurrentMetrics() {
    return currentMetrics;
  }

  public void setCurrentMetrics(List<V2MetricStatus> currentMetrics) {
    this.currentMetrics = currentMetrics;
  }

  public V2HorizontalPodAutoscalerStatus currentReplicas(Integer currentReplicas) {
    this.currentReplicas = currentReplicas;
    return this;
  }

  /**
   * currentReplicas is current number of replicas of pods managed by this autoscaler, as last
   * seen by the autoscaler.
   *
   * @return currentReplicas
   */
  public Integer getCurrentReplicas() {
    return currentReplicas;
  }

  public void setCurrentReplicas(Integer currentReplicas) {
    this.currentReplicas = currentReplicas;
  }

  public V2HorizontalPodAutoscalerStatus desiredReplicas(Integer desiredReplicas) {
    this.desiredReplicas = desiredReplicas;
    return this;
  }

  /**
   * desiredReplicas is the desired number of replicas of pods managed by this autoscaler, as
   * last calculated by the autoscaler.
   *
   * @return desiredReplicas
   */
  public Integer getDesiredReplicas() {
    return desiredReplicas;
  }

  public void setDesiredReplicas(Integer desiredReplicas) {
    this.desiredReplicas = desiredReplicas;
  }

  public V2HorizontalPodAutoscalerStatus lastScaleTime(OffsetDateTime lastScaleTime) {
    this.lastScaleTime = lastScaleTime;
    return this;
  }

  /**
   * lastScaleTime is the last time the HorizontalPodAutoscaler scaled the number of pods, used
   * by the autoscaler to control how often the number of pods is changed.
   *
   * @return lastScaleTime
   */
  public OffsetDateTime getLastScaleTime() {
    return lastScaleTime;
  }

  public void setLastScaleTime(OffsetDateTime lastScaleTime) {
    this.lastScaleTime = lastScaleTime;
  }

  public V2HorizontalPodAutoscalerStatus observedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return this;
  }

  /**
   * observedGeneration is the most recent generation observed by this autoscaler.
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
    V2HorizontalPodAutoscalerStatus that = (V2HorizontalPodAutoscalerStatus) other;
    return Objects.equals(conditions, that.conditions)
        && Objects.equals(currentMetrics, that.currentMetrics)
        && Objects.equals(currentReplicas, that.currentReplicas)
        && Objects.equals(desiredReplicas, that.desiredReplicas)
        && Objects.equals(lastScaleTime, that.lastScaleTime)
        && Objects.equals(observedGeneration, that.observedGeneration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions, currentMetrics, currentReplicas, desiredReplicas, lastScaleTime, observedGeneration);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V2HorizontalPodAutoscalerStatus {\n");
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    currentMetrics: ").append(String.valueOf(currentMetrics).replace("\n", "\n    ")).append('\n');
    sb.append("    currentReplicas: ").append(currentReplicas).append('\n');
    sb.append("    desiredReplicas: ").append(desiredReplicas).append('\n');
    sb.append("    lastScaleTime: ").append(lastScaleTime).append('\n');
    sb.append("    observedGeneration: ").append(observedGeneration).append('\n');
    return sb.append("}").toString();
  }
}
