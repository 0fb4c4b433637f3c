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
 * ResourceMetricSource indicates how to scale on a resource metric known to Kubernetes, as
 * specified in requests and limits, describing each pod in the current scale target (e.g. CPU
 * or memory).  The values will be averaged together before being compared to the target.  Such
 * metrics are built in to Kubernetes, and have special scaling options on top of those
 * available to normal per-pod metrics using the "pods" source.  Only one "target" type should
 * be set.
 */
public class V2ResourceMetricSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "name",
      "target");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V2ResourceMetricSource> CODEC = new Codec<V2ResourceMetricSource>() {
    @Override
    public V2ResourceMetricSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V2ResourceMetricSource)");
      }
      V2ResourceMetricSource o = new V2ResourceMetricSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.name = Codecs.STRING.read(p);
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
    public void write(JsonGenerator g, V2ResourceMetricSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.target != null) {
        g.writeFieldName("target");
        V2MetricTarget.CODEC.write(g, o.target);
      }
      g.writeEndObject();
    }
  };

  private String name;

  private V2MetricTarget target;

  public V2ResourceMetricSource name(String name) {
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

  public V2ResourceMetricSource target(V2MetricTarget target) {
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
    V2ResourceMetricSource that = (V2ResourceMetricSource) other;
    return Objects.equals(name, that.name)
        && Objects.equals(target, that.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, target);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V2ResourceMetricSource {\n");
    sb.append("    name: ").append(name).append('\n');
    sb.append("    target: ").append(String.valueOf(target).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
