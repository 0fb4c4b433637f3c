package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * specification of a horizontal pod autoscaler.
 */
public class V1HorizontalPodAutoscalerSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "maxReplicas",
      "minReplicas",
      "scaleTargetRef",
      "targetCPUUtilizationPercentage");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1HorizontalPodAutoscalerSpec> CODEC = new Codec<V1HorizontalPodAutoscalerSpec>() {
    @Override
    public V1HorizontalPodAutoscalerSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1HorizontalPodAutoscalerSpec)");
      }
      V1HorizontalPodAutoscalerSpec o = new V1HorizontalPodAutoscalerSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.maxReplicas = Codecs.INT32.read(p);
            break;
          case 1:
            o.minReplicas = Codecs.INT32.read(p);
            break;
          case 2:
            o.scaleTargetRef = V1CrossVersionObjectReference.CODEC.read(p);
            break;
          case 3:
            o.targetCPUUtilizationPercentage = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1HorizontalPodAutoscalerSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.maxReplicas != null) {
        g.writeFieldName("maxReplicas");
        Codecs.INT32.write(g, o.maxReplicas);
      }
      if (o.minReplicas != null) {
        g.writeFieldName("minReplicas");
        Codecs.INT32.write(g, o.minReplicas);
      }
      if (o.scaleTargetRef != null) {
        g.writeFieldName("scaleTargetRef");
        V1CrossVersionObjectReference.CODEC.write(g, o.scaleTargetRef);
      }
      if (o.targetCPUUtilizationPercentage != null) {
        g.writeFieldName("targetCPUUtilizationPercentage");
        Codecs.INT32.write(g, o.targetCPUUtilizationPercentage);
      }
      g.writeEndObject();
    }
  };

  private Integer maxReplicas;

  private Integer minReplicas;

  private V1CrossVersionObjectReference scaleTargetRef;

  private Integer targetCPUUtilizationPercentage;

  public V1HorizontalPodAutoscalerSpec maxReplicas(Integer maxReplicas) {
    this.maxReplicas = maxReplicas;
    return this;
  }

  /**
   * maxReplicas is the upper limit for the number of pods that can be set by the autoscaler;
   * cannot be smaller than MinReplicas.
   *
   * @return maxReplicas
   */
  public Integer getMaxReplicas() {
    return maxReplicas;
  }

  public void setMaxReplicas(Integer maxReplicas) {
    this.maxReplicas = maxReplicas;
  }

  public V1HorizontalPodAutoscalerSpec minReplicas(Integer minReplicas) {
    this.minReplicas = minReplicas;
    return this;
  }

  /**
   * minReplicas is the lower limit for the number of replicas to which the autoscaler can scale
   * down.  It defaults to 1 pod.  minReplicas is allowed to be 0 if the alpha feature gate
   * HPAScaleToZero is enabled and at least one Object or External metric is configured.  Scaling
   * is active as long as at least one metric value is available.
   *
   * @return minReplicas
   */
  public Integer getMinReplicas() {
    return minReplicas;
  }

  public void setMinReplicas(Integer minReplicas) {
    this.minReplicas = minReplicas;
  }

  public V1HorizontalPodAutoscalerSpec scaleTargetRef(V1CrossVersionObjectReference scaleTargetRef) {
    this.scaleTargetRef = scaleTargetRef;
    return this;
  }

  /**
   * scaleTargetRef is the reference to scaled resource; horizontal pod autoscaler will learn the
   * current resource consumption and will set the desired number of pods by using its Scale
   * subresource.
   *
   * @return scaleTargetRef
   */
  public V1CrossVersionObjectReference getScaleTargetRef() {
    return scaleTargetRef;
  }

  public void setScaleTargetRef(V1CrossVersionObjectReference scaleTargetRef) {
    this.scaleTargetRef = scaleTargetRef;
  }

  public V1HorizontalPodAutoscalerSpec targetCPUUtilizationPercentage(Integer targetCPUUtilizationPercentage) {
    this.targetCPUUtilizationPercentage = targetCPUUtilizationPercentage;
    return this;
  }

  /**
   * targetCPUUtilizationPercentage is the target average CPU utilization (represented as a
   * percentage of requested CPU) over all the pods; if not specified the default autoscaling
   * policy will be used.
   *
   * @return targetCPUUtilizationPercentage
   */
  public Integer getTargetCPUUtilizationPercentage() {
    return targetCPUUtilizationPercentage;
  }

  public void setTargetCPUUtilizationPercentage(Integer targetCPUUtilizationPercentage) {
    this.targetCPUUtilizationPercentage = targetCPUUtilizationPercentage;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1HorizontalPodAutoscalerSpec that = (V1HorizontalPodAutoscalerSpec) other;
    return Objects.equals(maxReplicas, that.maxReplicas)
        && Objects.equals(minReplicas, that.minReplicas)
        && Objects.equals(scaleTargetRef, that.scaleTargetRef)
        && Objects.equals(targetCPUUtilizationPercentage, that.targetCPUUtilizationPercentage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxReplicas, minReplicas, scaleTargetRef, targetCPUUtilizationPercentage);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1HorizontalPodAutoscalerSpec {\n");
    sb.append("    maxReplicas: ").append(maxReplicas).append('\n');
    sb.append("    minReplicas: ").append(minReplicas).append('\n');
    sb.append("    scaleTargetRef: ").append(String.valueOf(scaleTargetRef).replace("\n", "\n    ")).append('\n');
    sb.append("    targetCPUUtilizationPercentage: ").append(targetCPUUtilizationPercentage).append('\n');
    return sb.append("}").toString();
  }
}
