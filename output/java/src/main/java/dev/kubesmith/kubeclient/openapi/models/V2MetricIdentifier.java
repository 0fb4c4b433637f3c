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
 * MetricIdentifier defines the name and optionally selector for a metric
 */
public class V2MetricIdentifier {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "name",
      "selector");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V2MetricIdentifier> CODEC = new Codec<V2MetricIdentifier>() {
    @Override
    public V2MetricIdentifier read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V2MetricIdentifier)");
      }
      V2MetricIdentifier o = new V2MetricIdentifier();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.name = Codecs.STRING.read(p);
            break;
          case 1:
            o.selector = V1LabelSelector.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V2MetricIdentifier o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.selector != null) {
        g.writeFieldName("selector");
        V1LabelSelector.CODEC.write(g, o.selector);
      }
      g.writeEndObject();
    }
  };

  private String name;

  private V1LabelSelector selector;

  public V2MetricIdentifier name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name is the name of the given metric
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V2MetricIdentifier selector(V1LabelSelector selector) {
    this.selector = selector;
    return this;
  }

  /**
   * selector is the string-encoded form of a standard kubernetes label selector for the given
   * metric When set, it is passed as an additional parameter to the metrics server for more
   * specific metrics scoping. When unset, just the metricName will be used to gather metrics.
   *
   * @return selector
   */
  public V1LabelSelector getSelector() {
    return selector;
  }

  public void setSelector(V1LabelSelector selector) {
    this.selector = selector;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V2MetricIdentifier that = (V2MetricIdentifier) other;
    return Objects.equals(name, that.name)
        && Objects.equals(selector, that.selector);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, selector);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V2MetricIdentifier {\n");
    sb.append("    name: ").append(name).append('\n');
    sb.append("    selector: ").append(String.valueOf(selector).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
