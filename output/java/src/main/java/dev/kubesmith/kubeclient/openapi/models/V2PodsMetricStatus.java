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
 * PodsMetricStatus indicates the current value of a metric describing each pod in the current
 * scale target (for example, transactions-processed-per-second).
 */
public class V2PodsMetricStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "current",
      "metric");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V2PodsMetricStatus> CODEC = new Codec<V2PodsMetricStatus>() {
    @Override
    public V2PodsMetricStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V2PodsMetricStatus)");
      }
      V2PodsMetricStatus o = new V2PodsMetricStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.current = V2MetricValueStatus.CODEC.read(p);
            break;
          case 1:
            o.metric = V2MetricIdentifier.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V2PodsMetricStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.current != null) {
        g.writeFieldName("current");
        V2MetricValueStatus.CODEC.write(g, o.current);
      }
      if (o.metric != null) {
        g.writeFieldName("metric");
        V2MetricIdentifier.CODEC.write(g, o.metric);
      }
      g.writeEndObject();
    }
  };

  private V2MetricValueStatus current;

  private V2MetricIdentifier metric;

  public V2PodsMetricStatus current(V2MetricValueStatus current) {
    this.current = current;
    return this;
  }

  /**
   * current contains the current value for the given metric
   *
   * @return current
   */
  public V2MetricValueStatus getCurrent() {
    return current;
  }

  public void setCurrent(V2MetricValueStatus current) {
    this.current = current;
  }

  public V2PodsMetricStatus metric(V2MetricIdentifier metric) {
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

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V2PodsMetricStatus that = (V2PodsMetricStatus) other;
    return Objects.equals(current, that.current)
        && Objects.equals(metric, that.metric);
  }

  @Override
  public int hashCode() {
    return Objects.hash(current, metric);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V2PodsMetricStatus {\n");
    sb.append("    current: ").append(String.valueOf(current).replace("\n", "\n    ")).append('\n');
    sb.append("    metric: ").append(String.valueOf(metric).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
