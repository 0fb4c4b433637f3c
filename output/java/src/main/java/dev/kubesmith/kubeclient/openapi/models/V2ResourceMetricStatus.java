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
 * ResourceMetricStatus indicates the current value of a resource metric known to Kubernetes,
 * as specified in requests and limits, describing each pod in the current scale target (e.g.
 * CPU or memory).  Such metrics are built in to Kubernetes, and have special scaling options
 * on top of those available to normal per-pod metrics using the "pods" source.
 */
public class V2ResourceMetricStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "current",
      "name");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V2ResourceMetricStatus> CODEC = new Codec<V2ResourceMetricStatus>() {
    @Override
    public V2ResourceMetricStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V2ResourceMetricStatus)");
      }
      V2ResourceMetricStatus o = new V2ResourceMetricStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.current = V2MetricValueStatus.CODEC.read(p);
            break;
          case 1:
            o.name = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V2ResourceMetricStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.current != null) {
        g.writeFieldName("current");
        V2MetricValueStatus.CODEC.write(g, o.current);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      g.writeEndObject();
    }
  };

  private V2MetricValueStatus current;

  private String name;

  public V2ResourceMetricStatus current(V2MetricValueStatus current) {
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

  public V2ResourceMetricStatus name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name is the name of the resource in question.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V2ResourceMetricStatus that = (V2ResourceMetricStatus) other;
    return Objects.equals(current, that.current)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(current, name);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V2ResourceMetricStatus {\n");
    sb.append("    current: ").append(String.valueOf(current).replace("\n", "\n    ")).append('\n');
    sb.append("    name: ").append(name).append('\n');
    return sb.append("}").toString();
  }
}
