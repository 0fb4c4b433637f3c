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
 * EventSource contains information for an event.
 */
public class V1EventSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "component",
      "host");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1EventSource> CODEC = new Codec<V1EventSource>() {
    @Override
    public V1EventSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1EventSource)");
      }
      V1EventSource o = new V1EventSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.component = Codecs.STRING.read(p);
            break;
          case 1:
            o.host = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1EventSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.component != null) {
        g.writeFieldName("component");
        Codecs.STRING.write(g, o.component);
      }
      if (o.host != null) {
        g.writeFieldName("host");
        Codecs.STRING.write(g, o.host);
      }
      g.writeEndObject();
    }
  };

  private String component;

  private String host;

  public V1EventSource component(String component) {
    this.component = component;
    return this;
  }

  /**
   * Component from which the event is generated.
   *
   * @return component
   */
  public String getComponent() {
    return component;
  }

  public void setComponent(String component) {
    this.component = component;
  }

  public V1EventSource host(String host) {
    this.host = host;
    return this;
  }

  /**
   * Node name on which the event is generated.
   *
   * @return host
   */
  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1EventSource that = (V1EventSource) other;
    return Objects.equals(component, that.component)
        && Objects.equals(host, that.host);
  }

  @Override
  public int hashCode() {
    return Objects.hash(component, host);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1EventSource {\n");
    sb.append("    component: ").append(component).append('\n');
    sb.append("    host: ").append(host).append('\n');
    return sb.append("}").toString();
  }
}
