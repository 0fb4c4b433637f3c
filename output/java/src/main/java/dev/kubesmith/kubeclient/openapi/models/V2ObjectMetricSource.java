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
 * ObjectMetricSource indicates how to scale on a metric describing a kubernetes object (for
 * example, hits-per-second on an Ingress object).
 */
public class V2ObjectMetricSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "describedObject",
      "metric",
      "target");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V2ObjectMetricSource> CODEC = new Codec<V2ObjectMetricSource>() {
    @Override
    public V2ObjectMetricSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V2ObjectMetricSource)");
      }
      V2ObjectMetricSource o = new V2ObjectMetricSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.describedObject = V2CrossVersionObjectReference.CODEC.read(p);
            break;
          case 1:
            o.metric = V2MetricIdentifier.CODEC.read(p);
            break;
          case 2:
            o.target = V2MetricTarget.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V2ObjectMetricSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.describedObject != null) {
        g.writeFieldName("describedObject");
        V2CrossVersionObjectReference.CODEC.write(g, o.describedObject);
      }
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

  private V2CrossVersionObjectReference describedObject;

  private V2MetricIdentifier metric;

  private V2MetricTarget target;

  public V2ObjectMetricSource describedObject(V2CrossVersionObjectReference describedObject) {
    this.describedObject = describedObject;
    return this;
  }

  /**
   * describedObject specifies the descriptions of a object,such as kind,name apiVersion
   *
   * @return describedObject
   */
  public V2CrossVersionObjectReference getDescribedObject() {
    return describedObject;
  }

  public void setDescribedObject(V2CrossVersionObjectReference describedObject) {
    this.describedObject = describedObject;
  }

  public V2ObjectMetricSource metric(V2MetricIdentifier metric) {
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

  public V2ObjectMetricSource target(V2MetricTarget target) {
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
    V2ObjectMetricSource that = (V2ObjectMetricSource) other;
    return Objects.equals(describedObject, that.describedObject)
        && Objects.equals(metric, that.metric)
        && Objects.equals(target, that.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(describedObject, metric, target);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V2ObjectMetricSource {\n");
    sb.append("    describedObject: ").append(String.valueOf(describedObject).replace("\n", "\n    ")).append('\n');
    sb.append("    metric: ").append(String.valueOf(metric).replace("\n", "\n    ")).append('\n');
    sb.append("    target: ").append(String.valueOf(target).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
