package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * current status of a horizontal pod autoscaler
 */
public class V1HorizontalPodAutoscalerStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "currentCPUUtilizationPercentage",
      "currentReplicas",
      "desiredReplicas",
      "lastScaleTime",
      "observedGeneration");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1HorizontalPodAutoscalerStatus> CODEC = new Codec<V1HorizontalPodAutoscalerStatus>() {
    @Override
    public V1HorizontalPodAutoscalerStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1HorizontalPodAutoscalerStatus)");
      }
      V1HorizontalPodAutoscalerStatus o = new V1HorizontalPodAutoscalerStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.currentCPUUtilizationPercentage = Codecs.INT32.read(p);
            break;
          case 1:
            o.currentReplicas = Codecs.INT32.read(p);
            break;
          case 2:
            o.desiredReplicas = Codecs.INT32.read(p);
            break;
          case 3:
            o.lastScaleTime = Codecs.TIME.read(p);
            break;
          case 4:
            o.observedGeneration = Codecs.INT64.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1HorizontalPodAutoscalerStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.currentCPUUtilizationPercentage != null) {
        g.writeFieldName("currentCPUUtilizationPercentage");
        Codecs.INT32.write(g, o.currentCPUUtilizationPercentage);
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

  private Integer currentCPUUtilizationPercentage;

  private Integer currentReplicas;

  private Integer desiredReplicas;

  private OffsetDateTime lastScaleTime;

  private Long observedGeneration;

  public V1HorizontalPodAutoscalerStatus currentCPUUtilizationPercentage(Integer currentCPUUtilizationPercentage) {
    this.currentCPUUtilizationPercentage = currentCPUUtilizationPercentage;
    return this;
  }

  /**
   * currentCPUUtilizationPercentage is the current average CPU utilization over all pods,
   * represented as a percentage of requested CPU, e.g. 70 means that an average pod is using now
   * 70% of its requested CPU.
   *
   * @return currentCPUUtilizationPercentage
   */
  public Integer getCurrentCPUUtilizationPercentage() {
    return currentCPUUtilizationPercentage;
  }

  public void setCurrentCPUUtilizationPercentage(Integer currentCPUUtilizationPercentage) {
    this.currentCPUUtilizationPercentage = currentCPUUtilizationPercentage;
  }

  public V1HorizontalPodAutoscalerStatus currentReplicas(Integer currentReplicas) {
    this.currentReplicas = currentReplicas;
    return this;
  }

  /**
   * currentReplicas is the current number of replicas of pods managed by this autoscaler.
   *
   * @return currentReplicas
   */
  public Integer getCurrentReplicas() {
    return currentReplicas;
  }

  public void setCurrentReplicas(Integer currentReplicas) {
    this.currentReplicas = currentReplicas;
  }

  public V1HorizontalPodAutoscalerStatus desiredReplicas(Integer desiredReplicas) {
    this.desiredReplicas = desiredReplicas;
    return this;
  }

  /**
   * desiredReplicas is the  desired number of replicas of pods managed by this autoscaler.
   *
   * @return desiredReplicas
   */
  public Integer getDesiredReplicas() {
    return desiredReplicas;
  }

  public void setDesiredReplicas(Integer desiredReplicas) {
    this.desiredReplicas = desiredReplicas;
  }

  public V1HorizontalPodAutoscalerStatus lastScaleTime(OffsetDateTime lastScaleTime) {
    this.lastScaleTime = lastScaleTime;
    return this;
  }

  /**
   * lastScaleTime is the last time the HorizontalPodAutoscaler scaled the number of pods; used
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

  public V1HorizontalPodAutoscalerStatus observedGeneration(Long observedGeneration) {
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
    V1HorizontalPodAutoscalerStatus that = (V1HorizontalPodAutoscalerStatus) other;
    return Objects.equals(currentCPUUtilizationPercentage, that.currentCPUUtilizationPercentage)
        && Objects.equals(currentReplicas, that.currentReplicas)
        && Objects.equals(desiredReplicas, that.desiredReplicas)
        && Objects.equals(lastScaleTime, that.lastScaleTime)
        && Objects.equals(observedGeneration, that.observedGeneration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currentCPUUtilizationPercentage, currentReplicas, desiredReplicas, lastScaleTime, observedGeneration);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1HorizontalPodAutoscalerStatus {\n");
    sb.append("    currentCPUUtilizationPercentage: ").append(currentCPUUtilizationPercentage).append('\n');
    sb.append("    currentReplicas: ").append(currentReplicas).append('\n');
    sb.append("    desiredReplicas: ").append(desiredReplicas).append('\n');
    sb.append("    lastScaleTime: ").append(lastScaleTime).append('\n');
    sb.append("    observedGeneration: ").append(observedGeneration).append('\n');
    return sb.append("}").toString();
  }
}
