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
 * EndpointPort represents a Port used by an EndpointSlice
 */
public class DiscoveryV1EndpointPort {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "appProtocol",
      "name",
      "port",
      "protocol");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<DiscoveryV1EndpointPort> CODEC = new Codec<DiscoveryV1EndpointPort>() {
    @Override
    public DiscoveryV1EndpointPort read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (DiscoveryV1EndpointPort)");
      }
      DiscoveryV1EndpointPort o = new DiscoveryV1EndpointPort();
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
    public void write(JsonGenerator g, DiscoveryV1EndpointPort o) throws IOException {
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

  public DiscoveryV1EndpointPort appProtocol(String appProtocol) {
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

  public DiscoveryV1EndpointPort name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name represents the name of this port. All ports in an EndpointSlice must have a unique
   * name. If the EndpointSlice is derived from a Kubernetes service, this corresponds to the
   * Service.ports[].name. Name must either be an empty string or pass DNS_LABEL validation: *
   * must be no more than 63 characters long. * must consist of lower case alphanumeric
   * characters or '-'. * must start and end with an alphanumeric character. Default is empty
   * string.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public DiscoveryV1EndpointPort port(Integer port) {
    this.port = port;
    return this;
  }

  /**
   * port represents the port number of the endpoint. If the EndpointSlice is derived from a
   * Kubernetes service, this must be set to the service's target port. EndpointSlices used for
   * other purposes may have a nil port.
   *
   * @return port
   */
  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  public DiscoveryV1EndpointPort protocol(String protocol) {
    this.protocol = protocol;
    return this;
  }

  /**
   * protocol represents the IP protocol for this port. Must be UDP, TCP, or SCTP. Default is
   * TCP.
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
    DiscoveryV1EndpointPort that = (DiscoveryV1EndpointPort) other;
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
    StringBuilder sb = new StringBuilder("class DiscoveryV1EndpointPort {\n");
    sb.append("    appProtocol: ").append(appProtocol).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    port: ").append(port).append('\n');
    sb.append("    protocol: ").append(protocol).append('\n');
    return sb.append("}").toString();
  }
}
