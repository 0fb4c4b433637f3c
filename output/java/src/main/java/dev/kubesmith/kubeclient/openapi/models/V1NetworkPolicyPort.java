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
 * NetworkPolicyPort describes a port to allow traffic on
 */
public class V1NetworkPolicyPort {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "endPort",
      "port",
      "protocol");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NetworkPolicyPort> CODEC = new Codec<V1NetworkPolicyPort>() {
    @Override
    public V1NetworkPolicyPort read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NetworkPolicyPort)");
      }
      V1NetworkPolicyPort o = new V1NetworkPolicyPort();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.endPort = Codecs.INT32.read(p);
            break;
          case 1:
            o.port = Codecs.INT_OR_STRING.read(p);
            break;
          case 2:
            o.protocol = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NetworkPolicyPort o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.endPort != null) {
        g.writeFieldName("endPort");
        Codecs.INT32.write(g, o.endPort);
      }
      if (o.port != null) {
        g.writeFieldName("port");
        Codecs.INT_OR_STRING.write(g, o.port);
      }
      if (o.protocol != null) {
        g.writeFieldName("protocol");
        Codecs.STRING.write(g, o.protocol);
      }
      g.writeEndObject();
    }
  };

  private Integer endPort;

  private IntOrString port;

  private String protocol;

  public V1NetworkPolicyPort endPort(Integer endPort) {
    this.endPort = endPort;
    return this;
  }

  /**
   * endPort indicates that the range of ports from port to endPort if set, inclusive, should be
   * allowed by the policy. This field cannot be defined if the port field is not defined or if
   * the port field is defined as a named (string) port. The endPort must be equal or greater
   * than port.
   *
   * @return endPort
   */
  public Integer getEndPort() {
    return endPort;
  }

  public void setEndPort(Integer endPort) {
    this.endPort = endPort;
  }

  public V1NetworkPolicyPort port(IntOrString port) {
    this.port = port;
    return this;
  }

  /**
   * port represents the port on the given protocol. This can either be a numerical or named port
   * on a pod. If this field is not provided, this matches all port names and numbers. If
   * present, only traffic on the specified protocol AND port will be matched.
   *
   * @return port
   */
  public IntOrString getPort() {
    return port;
  }

  public void setPort(IntOrString port) {
    this.port = port;
  }

  public V1NetworkPolicyPort protocol(String protocol) {
    this.protocol = protocol;
    return this;
  }

  /**
   * protocol represents the protocol (TCP, UDP, or SCTP) which traffic must match. If not
   * specified, this field defaults to TCP.
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
    V1NetworkPolicyPort that = (V1NetworkPolicyPort) other;
    return Objects.equals(endPort, that.endPort)
        && Objects.equals(port, that.port)
        && Objects.equals(protocol, that.protocol);
  }

  @Override
  public int hashCode() {
    return Objects.hash(endPort, port, protocol);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NetworkPolicyPort {\n");
    sb.append("    endPort: ").append(endPort).append('\n');
    sb.append("    port: ").append(port).append('\n');
    sb.append("    protocol: ").append(protocol).append('\n');
    return sb.append("}").toString();
  }
}
