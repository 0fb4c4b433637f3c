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
 * ContainerResourceMetricSource indicates how to scale on a resource metric known to
 * Kubernetes, as specified in requests and limits, describing each pod in the current scale
 * target (e.g. CPU or memory).  The values will be averaged together before being compared to
 * the target.  Such metrics are built in to Kubernetes, and have special scaling options on
 * top of those available to normal per-pod metrics using the "pods" source.  Only one "target"
 * type should be set.
 */
public class V2ContainerResourceMetricSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "container",
      "name",
      "target");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V2ContainerResourceMetricSource> CODEC = new Codec<V2ContainerResourceMetricSource>() {
    @Override
    public V2ContainerResourceMetricSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V2ContainerResourceMetricSource)");
      }
      V2ContainerResourceMetricSource o = new V2ContainerResourceMetricSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.container = Codecs.STRING.read(p);
            break;
          case 1:
            o.name = Codecs.STRING.read(p);
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
    public void write(JsonGenerator g, V2ContainerResourceMetricSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.container != null) {
        g.writeFieldName("container");
        Codecs.STRING.write(g, o.container);
      }
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

  private String container;

  private String name;

  private V2MetricTarget target;

  public V2ContainerResourceMetricSource container(String container) {
    this.container = container;
    return this;
  }

  /**
   * container is the name of the container in the pods of the scaling target
   *
   * @return container
   */
  public String getContainer() {
    return container;
  }

  public void setContainer(String container) {
    this.container = container;
  }

  public V2ContainerResourceMetricSource name(String name) {
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

  public V2ContainerResourceMetricSource target(V2MetricTarget target) {
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
    V2ContainerResourceMetricSource that = (V2ContainerResourceMetricSource) other;
    return Objects.equals(container, that.container)
        && Objects.equals(name, that.name)
        && Objects.equals(target, that.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(container, name, target);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V2ContainerResourceMetricSource {\n");
    sb.append("    container: ").append(container).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    target: ").append(String.valueOf(target).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
