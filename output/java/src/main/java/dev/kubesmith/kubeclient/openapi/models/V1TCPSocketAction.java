package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.IntOrString;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * TCPSocketAction describes an action based on opening a socket
 */
public class V1TCPSocketAction {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "host",
      "port");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1TCPSocketAction> CODEC = new Codec<V1TCPSocketAction>() {
    @Override
    public V1TCPSocketAction read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1TCPSocketAction)");
      }
      V1TCPSocketAction o = new V1TCPSocketAction();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.host = Codecs.STRING.read(p);
            break;
          case 1:
            o.port = Codecs.INT_OR_STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1TCPSocketAction o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.host != null) {
        g.writeFieldName("host");
        Codecs.STRING.write(g, o.host);
      }
      if (o.port != null) {
        g.writeFieldName("port");
        Codecs.INT_OR_STRING.write(g, o.port);
      }
      g.writeEndObject();
    }
  };

  private String host;

  private IntOrString port;

  public V1TCPSocketAction host(String host) {
    this.host = host;
    return this;
  }

  /**
   * Optional: Host name to connect to, defaults to the pod IP.
   *
   * @return host
   */
  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public V1TCPSocketAction port(IntOrString port) {
    this.port = port;
    return this;
  }

  /**
   * Number or name of the port to access on the container. Number must be in the range 1 to
   * 65535. Name must be an IANA_SVC_NAME.
   *
   * @return port
   */
  public IntOrString getPort() {
    return port;
  }

  public void setPort(IntOrString port) {
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
    V1TCPSocketAction that = (V1TCPSocketAction) other;
    return Objects.equals(host, that.host)
        && Objects.equals(port, that.port);
  }

  @Override
  public int hashCode() {
    return Objects.hash(host, port);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1TCPSocketAction {\n");
    sb.append("    host: ").append(host).append('\n');
    sb.append("    port: ").append(port).append('\n');
    return sb.append("}").toString();
  }
}
