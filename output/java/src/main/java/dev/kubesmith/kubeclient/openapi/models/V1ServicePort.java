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
 * ServicePort contains information on service's port.
 */
public class V1ServicePort {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "appProtocol",
      "name",
      "nodePort",
      "port",
      "protocol",
      "targetPort");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ServicePort> CODEC = new Codec<V1ServicePort>() {
    @Override
    public V1ServicePort read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ServicePort)");
      }
      V1ServicePort o = new V1ServicePort();
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
            o.nodePort = Codecs.INT32.read(p);
            break;
          case 3:
            o.port = Codecs.INT32.read(p);
            break;
          case 4:
            o.protocol = Codecs.STRING.read(p);
            break;
          case 5:
            o.targetPort = Codecs.INT_OR_STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ServicePort o) throws IOException {
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
      if (o.nodePort != null) {
        g.writeFieldName("nodePort");
        Codecs.INT32.write(g, o.nodePort);
      }
      if (o.port != null) {
        g.writeFieldName("port");
        Codecs.INT32.write(g, o.port);
      }
      if (o.protocol != null) {
        g.writeFieldName("protocol");
        Codecs.STRING.write(g, o.protocol);
      }
      if (o.targetPort != null) {
        g.writeFieldName("targetPort");
        Codecs.INT_OR_STRING.write(g, o.targetPort);
      }
      g.writeEndObject();
    }
  };

  private String appProtocol;

  private String name;

  private Integer nodePort;

  private Integer port;

  private String protocol;

  private IntOrString targetPort;

  public V1ServicePort appProtocol(String appProtocol) {
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

  public V1ServicePort name(String name) {
    this.name = name;
    return this;
  }

  /**
   * The name of this port within the service. This must be a DNS_LABEL. All ports within a
   * ServiceSpec must have unique names. When considering the endpoints for a Service, this must
   * match the 'name' field in the EndpointPort. Optional if only one ServicePort is defined on
   * this service.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1ServicePort nodePort(Integer nodePort) {
    this.nodePort = nodePort;
    return this;
  }

  /**
   * The port on each node on which this service is exposed when type is NodePort or
   * LoadBalancer.  Usually assigned by the system. If a value is specified, in-range, and not in
   * use it will be used, otherwise the operation will fail.  If not specified, a port will be
   * allocated if this Service requires one.  If this field is specified when creating a Service
   * which does not need it, creation will fail. This field will be wiped when updating a Service
   * to no longer need it (e.g. changing type from NodePort to ClusterIP). More info:
   * https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport
   *
   * @return nodePort
   */
  public Integer getNodePort() {
    return nodePort;
  }

  public void setNodePort(Integer nodePort) {
    this.nodePort = nodePort;
  }

  public V1ServicePort port(Integer port) {
    this.port = port;
    return this;
  }

  /**
   * The port that will be exposed by this service.
   *
   * @return port
   */
  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  public V1ServicePort protocol(String protocol) {
    this.protocol = protocol;
    return this;
  }

  /**
   * The IP protocol for this port. Supports "TCP", "UDP", and "SCTP". Default is TCP.
   *
   * @return protocol
   */
  public String getProtocol() {
    return protocol;
  }

  public void setProtocol(String protocol) {
    this.protocol = protocol;
  }

  public V1ServicePort targetPort(IntOrString targetPort) {
    this.targetPort = targetPort;
    return this;
  }

  /**
   * Number or name of the port to access on the pods targeted by the service. Number must be in
   * the range 1 to 65535. Name must be an IANA_SVC_NAME. If this is a string, it will be looked
   * up as a named port in the target Pod's container ports. If this is not specified, the value
   * of the 'port' field is used (an identity map). This field is ignored for services with
   * clusterIP=None, and should be omitted or set equal to the 'port' field. More info:
   * https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service
   *
   * @return targetPort
   */
  public IntOrString getTargetPort() {
    return targetPort;
  }

  public void setTargetPort(IntOrString targetPort) {
    this.targetPort = targetPort;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ServicePort that = (V1ServicePort) other;
    return Objects.equals(appProtocol, that.appProtocol)
        && Objects.equals(name, that.name)
        && Objects.equals(nodePort, that.nodePort)
        && Objects.equals(port, that.port)
        && Objects.equals(protocol, that.protocol)
        && Objects.equals(targetPort, that.targetPort);
  }

  @Override
  public int hashCode() {
    return Objects.hash(appProtocol, name, nodePort, port, protocol, targetPort);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ServicePort {\n");
    sb.append("    appProtocol: ").append(appProtocol).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    nodePort: ").append(nodePort).append('\n');
    sb.append("    port: ").append(port).append('\n');
    sb.append("    protocol: ").append(protocol).append('\n');
    sb.append("    targetPort: ").append(targetPort).append('\n');
    return sb.append("}").toString();
  }
}
