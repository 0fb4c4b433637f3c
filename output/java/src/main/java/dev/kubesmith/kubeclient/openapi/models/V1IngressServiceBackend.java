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
 * IngressServiceBackend references a Kubernetes Service as a Backend.
 */
public class V1IngressServiceBackend {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "name",
      "port");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1IngressServiceBackend> CODEC = new Codec<V1IngressServiceBackend>() {
    @Override
    public V1IngressServiceBackend read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1IngressServiceBackend)");
      }
      V1IngressServiceBackend o = new V1IngressServiceBackend();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.name = Codecs.STRING.read(p);
            break;
          case 1:
            o.port = V1ServiceBackendPort.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1IngressServiceBackend o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.port != null) {
        g.writeFieldName("port");
        V1ServiceBackendPort.CODEC.write(g, o.port);
      }
      g.writeEndObject();
    }
  };

  private String name;

  private V1ServiceBackendPort port;

  public V1IngressServiceBackend name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name is the referenced service. The service must exist in the same namespace as the Ingress
   * object.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1IngressServiceBackend port(V1ServiceBackendPort port) {
    this.port = port;
    return this;
  }

  /**
   * port of the referenced service. A port name or port number is required for a
   * IngressServiceBackend.
   *
   * @return port
   */
  public V1ServiceBackendPort getPort() {
    return port;
  }

  public void setPort(V1ServiceBackendPort port) {
    this.port = port;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1IngressServiceBackend that = (V1IngressServiceBackend) other;
    return Objects.equals(name, that.name)
        && Objects.equals(port, that.port);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, port);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1IngressServiceBackend {\n");
    sb.append("    name: ").append(name).append('\n');
    sb.append("    port: ").append(String.valueOf(port).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
