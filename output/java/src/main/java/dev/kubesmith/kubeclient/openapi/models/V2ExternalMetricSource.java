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
 * ExternalMetricSource indicates how to scale on a metric not associated with any Kubernetes
 * object (for example length of queue in cloud messaging service, or QPS from loadbalancer
 * running outside of cluster).
 */
public class V2ExternalMetricSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "metric",
      "target");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V2ExternalMetricSource> CODEC = new Codec<V2ExternalMetricSource>() {
    @Override
    public V2ExternalMetricSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V2ExternalMetricSource)");
      }
      V2ExternalMetricSource o = new V2ExternalMetricSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.metric = V2MetricIdentifier.CODEC.read(p);
            break;
          case 1:
            o.target = V2MetricTarget.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V2ExternalMetricSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.metric != null) {
        g.writeFieldName("metric");
        V2MetricIdentifier.CODEC.write(g, o.metric);
      }
      if (o.target != null) {
        g.writeFieldName("target");
        V2MetricTarget.CODEC.write(g, o.target);
      }
      g.writeEndObject();
    }
  };

  private V2MetricIdentifier metric;

  private V2MetricTarget target;

  public V2ExternalMetricSource metric(V2MetricIdentifier metric) {
    this.metric = metric;
    return this;
  }

  /**
   * metric identifies the target metric by name and selector
   *
   * @return metric
   */
  public V2MetricIdentifier getMetric() {
    return metric;
  }

  public void setMetric(V2MetricIdentifier metric) {
    this.metric = metric;
  }

  public V2ExternalMetricSource target(V2MetricTarget target) {
    this.target = target;
    return this;
  }

  /**
   * target specifies the target value for the given metric
   *
   * @return target
   */
  public V2MetricTarget getTarget() {
    return target;
  }

  public void setTarget(V2MetricTarget target) {
    this.target = target;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V2ExternalMetricSource that = (V2ExternalMetricSource) other;
    return Objects.equals(metric, that.metric)
        && Objects.equals(target, that.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metric, target);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V2ExternalMetricSource {\n");
    sb.append("    metric: ").append(String.valueOf(metric).replace("\n", "\n    ")).append('\n');
    sb.append("    target: ").append(String.valueOf(target).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
