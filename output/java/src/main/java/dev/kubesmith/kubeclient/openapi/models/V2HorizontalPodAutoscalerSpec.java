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
 * HorizontalPodAutoscalerSpec describes the desired functionality of the
 * HorizontalPodAutoscaler.
 */
public class V2HorizontalPodAutoscalerSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "behavior",
      "maxReplicas",
      "metrics",
      "minReplicas",
      "scaleTargetRef");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V2HorizontalPodAutoscalerSpec> CODEC = new Codec<V2HorizontalPodAutoscalerSpec>() {
    @Override
    public V2HorizontalPodAutoscalerSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V2HorizontalPodAutoscalerSpec)");
      }
      V2HorizontalPodAutoscalerSpec o = new V2HorizontalPodAutoscalerSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.behavior = V2HorizontalPodAutoscalerBehavior.CODEC.read(p);
            break;
          case 1:
            o.maxReplicas = Codecs.INT32.read(p);
            break;
          case 2:
            o.metrics = Codecs.listOf(V2MetricSpec.CODEC).read(p);
            break;
          case 3:
            o.minReplicas = Codecs.INT32.read(p);
            break;
          case 4:
            o.scaleTargetRef = V2CrossVersionObjectReference.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V2HorizontalPodAutoscalerSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.behavior != null) {
        g.writeFieldName("behavior");
        V2HorizontalPodAutoscalerBehavior.CODEC.write(g, o.behavior);
      }
      if (o.maxReplicas != null) {
        g.writeFieldName("maxReplicas");
        Codecs.INT32.write(g, o.maxReplicas);
      }
      if (o.metrics != null) {
        g.writeFieldName("metrics");
        Codecs.listOf(V2MetricSpec.CODEC).write(g, o.metrics);
      }
      if (o.minReplicas != null) {
        g.writeFieldName("minReplicas");
        Codecs.INT32.write(g, o.minReplicas);
      }
      if (o.scaleTargetRef != null) {
        g.writeFieldName("scaleTargetRef");
        V2CrossVersionObjectReference.CODEC.write(g, o.scaleTargetRef);
      }
      g.writeEndObject();
    }
  };

  private V2HorizontalPodAutoscalerBehavior behavior;

  private Integer maxReplicas;

  private List<V2MetricSpec> metrics;

  private Integer minReplicas;

  private V2CrossVersionObjectReference scaleTargetRef;

  public V2HorizontalPodAutoscalerSpec behavior(V2HorizontalPodAutoscalerBehavior behavior) {
    this.behavior = behavior;
    return this;
  }

  /**
   * behavior configures the scaling behavior of the target in both Up and Down directions
   * (scaleUp and scaleDown fields respectively). If not set, the default HPAScalingRules for
   * scale up and scale down are used.
   *
   * @return behavior
   */
  public V2HorizontalPodAutoscalerBehavior getBehavior() {
    return behavior;
  }

  public void setBehavior(V2HorizontalPodAutoscalerBehavior behavior) {
    this.behavior = behavior;
  }

  public V2HorizontalPodAutoscalerSpec maxReplicas(Integer maxReplicas) {
    this.maxReplicas = maxReplicas;
    return this;
  }

  /**
   * maxReplicas is the upper limit for the number of replicas to which the autoscaler can scale
   * up. It cannot be less that minReplicas.
   *
   * @return maxReplicas
   */
  public Integer getMaxReplicas() {
    return maxReplicas;
  }

  public void setMaxReplicas(Integer maxReplicas) {
    this.maxReplicas = maxReplicas;
  }

  public V2HorizontalPodAutoscalerSpec metrics(List<V2MetricSpec> metrics) {
    this.metrics = metrics;
    return this;
  }

  public V2HorizontalPodAutoscalerSpec addMetricsItem(V2MetricSpec item) {
    if (this.metrics == null) {
      this.metrics = new ArrayList<>();
    }
    this.metrics.add(item);
    return this;
  }

  /**
   * metrics contains the specifications for which to use to calculate the desired replica count
   * (the maximum replica count across all metrics will be used).  The desired replica count is
   * calculated multiplying the ratio between the target value and the current value by the
   * current number of pods.  Ergo, metrics used must decrease as the pod count is increased, and
   * vice-versa.  See the individual metric source types for more information about how each type
   * of metric must respond. If not set, the default metric will be set to 80% average CPU
   * utilization.
   *
   * @return metrics
   */
  public List<V2MetricSpec> getMetrics() {
    return metrics;
  }

  public void setMetrics(List<V2MetricSpec> metrics) {
    this.metrics = metrics;
  }

  public V2HorizontalPodAutoscalerSpec minReplicas(Integer minReplicas) {
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

  public V2HorizontalPodAutoscalerSpec scaleTargetRef(V2CrossVersionObjectReference scaleTargetRef) {
    this.scaleTargetRef = scaleTargetRef;
    return this;
  }

  /**
   * scaleTargetRef points to the target resource to scale, and is used to the pods for which
   * metrics should be collected, as well as to actually change the replica count.
   *
   * @return scaleTargetRef
   */
  public V2CrossVersionObjectReference getScaleTargetRef() {
    return scaleTargetRef;
  }

  public void setScaleTargetRef(V2CrossVersionObjectReference scaleTargetRef) {
    this.scaleTargetRef = scaleTargetRef;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V2HorizontalPodAutoscalerSpec that = (V2HorizontalPodAutoscalerSpec) other;
    return Objects.equals(behavior, that.behavior)
        && Objects.equals(maxReplicas, that.maxReplicas)
        && Objects.equals(metrics, that.metrics)
        && Objects.equals(minReplicas, that.minReplicas)
        && Objects.equals(scaleTargetRef, that.scaleTargetRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(behavior, maxReplicas, metrics, minReplicas, scaleTargetRef);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V2HorizontalPodAutoscalerSpec {\n");
    sb.append("    behavior: ").append(String.valueOf(behavior).replace("\n", "\n    ")).append('\n');
    sb.append("    maxReplicas: ").append(maxReplicas).append('\n');
    sb.append("    metrics: ").append(String.valueOf(metrics).replace("\n", "\n    ")).append('\n');
    sb.append("    minReplicas: ").append(minReplicas).append('\n');
    sb.append("    scaleTargetRef: ").append(String.valueOf(scaleTargetRef).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
