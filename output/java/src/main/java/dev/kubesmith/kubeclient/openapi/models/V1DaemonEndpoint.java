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
 * DaemonEndpoint contains information about a single Daemon endpoint.
 */
public class V1DaemonEndpoint {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "Port");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1DaemonEndpoint> CODEC = new Codec<V1DaemonEndpoint>() {
    @Override
    public V1DaemonEndpoint read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1DaemonEndpoint)");
      }
      V1DaemonEndpoint o = new V1DaemonEndpoint();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.Port = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1DaemonEndpoint o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.Port != null) {
        g.writeFieldName("Port");
        Codecs.INT32.write(g, o.Port);
      }
      g.writeEndObject();
    }
  };

  private Integer Port;

  public V1DaemonEndpoint Port(Integer Port) {
    this.Port = Port;
    return this;
  }

  /**
   * Port number of the given endpoint.
   *
   * @return Port
   */
  public Integer getPort() {
    return Port;
  }

  public void setPort(Integer Port) {
    this.Port = Port;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1DaemonEndpoint that = (V1DaemonEndpoint) other;
    return Objects.equals(Port, that.Port);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Port);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1DaemonEndpoint {\n");
    sb.append("    Port: ").append(Port).append('\n');
    return sb.append("}").toString();
  }
}
