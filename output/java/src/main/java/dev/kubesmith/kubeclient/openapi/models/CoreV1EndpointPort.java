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
 * EndpointPort is a tuple that describes a single port. Deprecated: This API is deprecated in
 * v1.33+.
 */
public class CoreV1EndpointPort {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "appProtocol",
      "name",
      "port",
      "protocol");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<CoreV1EndpointPort> CODEC = new Codec<CoreV1EndpointPort>() {
    @Override
    public CoreV1EndpointPort read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (CoreV1EndpointPort)");
      }
      CoreV1EndpointPort o = new CoreV1EndpointPort();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.appProtocol = Codecs.STRING.read(p);
            break;
          case 1:
            o.name = Codecs.STRING.read(p);
            break;
          case 2:
            o.port = Codecs.INT32.read(p);
            break;
          case 3:
            o.protocol = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, CoreV1EndpointPort o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.appProtocol != null) {
        g.writeFieldName("appProtocol");
        Codecs.STRING.write(g, o.appProtocol);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.port != null) {
        g.writeFieldName("port");
        Codecs.INT32.write(g, o.port);
      }
      if (o.protocol != null) {
        g.writeFieldName("protocol");
        Codecs.STRING.write(g, o.protocol);
      }
      g.writeEndObject();
    }
  };

  private String appProtocol;

  private String name;

  private Integer port;

  private String protocol;

  public CoreV1EndpointPort appProtocol(String appProtocol) {
    this.appProtocol = appProtocol;
    return this;
  }

  /**
   * The application protocol for this port. This is used as a hint for implementations to offer
   * richer behavior for protocols that they understand. This field follows standard Kubernetes
   * label syntax. Valid values are either:
   *
   * * Un-prefixed protocol names - reserved for IANA standard service names (as per RFC-6335 and
   * https://www.iana.org/assignments/service-names).
   *
   * * Kubernetes-defined prefixed names:
   *   * 'kubernetes.io/h2c' - HTTP/2 prior knowledge over cleartext as described in
   * https://www.rfc-editor.org/rfc/rfc9113.html#name-starting-http-2-with-prior-
   *   * 'kubernetes.io/ws'  - WebSocket over cleartext as described in
   * https://www.rfc-editor.org/rfc/rfc6455
   *   * 'kubernetes.io/wss' - WebSocket over TLS as described in
   * https://www.rfc-editor.org/rfc/rfc6455
   *
   * * Other protocols should use implementation-defined prefixed names such as
   * mycompany.com/my-custom-protocol.
   *
   * @return appProtocol
   */
  public String getAppProtocol() {
    return appProtocol;
  }

  public void setAppProtocol(String appProtocol) {
    this.appProtocol = appProtocol;
  }

  public CoreV1EndpointPort name(String name) {
    this.name = name;
    return this;
  }

  /**
   * The name of this port.  This must match the 'name' field in the corresponding ServicePort.
   * Must be a DNS_LABEL. Optional only if one port is defined.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public CoreV1EndpointPort port(Integer port) {
    this.port = port;
    return this;
  }

  /**
   * The port number of the endpoint.
   *
   * @return port
   */
  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  public CoreV1EndpointPort protocol(String protocol) {
    this.protocol = protocol;
    return this;
  }

  /**
   * The IP protocol for this port. Must be UDP, TCP, or SCTP. Default is TCP.
   *
   * @return protocol
   */
  public String getProtocol() {
    return protocol;
  }

  public void setProtocol(String protocol) {
    this.protocol = protocol;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    CoreV1EndpointPort that = (CoreV1EndpointPort) other;
    return Objects.equals(appProtocol, that.appProtocol)
        && Objects.equals(name, that.name)
        && Objects.equals(port, that.port)
        && Objects.equals(protocol, that.protocol);
  }

  @Override
  public int hashCode() {
    return Objects.hash(appProtocol, name, port, protocol);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class CoreV1EndpointPort {\n");
    sb.append("    appProtocol: ").append(appProtocol).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    port: ").append(port).append('\n');
    sb.append("    protocol: ").append(protocol).append('\n');
    return sb.append("}").toString();
  }
}
