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
 * PodsMetricSource indicates how to scale on a metric describing each pod in the current scale
 * target (for example, transactions-processed-per-second). The values will be averaged
 * together before being compared to the target value.
 */
public class V2PodsMetricSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "metric",
      "target");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V2PodsMetricSource> CODEC = new Codec<V2PodsMetricSource>() {
    @Override
    public V2PodsMetricSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V2PodsMetricSource)");
      }
      V2PodsMetricSource o = new V2PodsMetricSource();
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
    public void write(JsonGenerator g, V2PodsMetricSource o) throws IOException {
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

  public V2PodsMetricSource metric(V2MetricIdentifier metric) {
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

  public V2PodsMetricSource target(V2MetricTarget target) {
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
    V2PodsMetricSource that = (V2PodsMetricSource) other;
    return Objects.equals(metric, that.metric)
        && Objects.equals(target, that.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metric, target);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V2PodsMetricSource {\n");
    sb.append("    metric: ").append(String.valueOf(metric).replace("\n", "\n    ")).append('\n');
    sb.append("    target: ").append(String.valueOf(target).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
