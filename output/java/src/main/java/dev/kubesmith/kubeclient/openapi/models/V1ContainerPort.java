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
 * ContainerPort represents a network port in a single container.
 */
public class V1ContainerPort {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "containerPort",
      "hostIP",
      "hostPort",
      "name",
      "protocol");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ContainerPort> CODEC = new Codec<V1ContainerPort>() {
    @Override
    public V1ContainerPort read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ContainerPort)");
      }
      V1ContainerPort o = new V1ContainerPort();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.containerPort = Codecs.INT32.read(p);
            break;
          case 1:
            o.hostIP = Codecs.STRING.read(p);
            break;
          case 2:
            o.hostPort = Codecs.INT32.read(p);
            break;
          case 3:
            o.name = Codecs.STRING.read(p);
            break;
          case 4:
            o.protocol = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ContainerPort o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.containerPort != null) {
        g.writeFieldName("containerPort");
        Codecs.INT32.write(g, o.containerPort);
      }
      if (o.hostIP != null) {
        g.writeFieldName("hostIP");
        Codecs.STRING.write(g, o.hostIP);
      }
      if (o.hostPort != null) {
        g.writeFieldName("hostPort");
        Codecs.INT32.write(g, o.hostPort);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.protocol != null) {
        g.writeFieldName("protocol");
        Codecs.STRING.write(g, o.protocol);
      }
      g.writeEndObject();
    }
  };

  private Integer containerPort;

  private String hostIP;

  private Integer hostPort;

  private String name;

  private String protocol;

  public V1ContainerPort containerPort(Integer containerPort) {
    this.containerPort = containerPort;
    return this;
  }

  /**
   * Number of port to expose on the pod's IP address. This must be a valid port number, 0 &lt; x
   * &lt; 65536.
   *
   * @return containerPort
   */
  public Integer getContainerPort() {
    return containerPort;
  }

  public void setContainerPort(Integer containerPort) {
    this.containerPort = containerPort;
  }

  public V1ContainerPort hostIP(String hostIP) {
    this.hostIP = hostIP;
    return this;
  }

  /**
   * What host IP to bind the external port to.
   *
   * @return hostIP
   */
  public String getHostIP() {
    return hostIP;
  }

  public void setHostIP(String hostIP) {
    this.hostIP = hostIP;
  }

  public V1ContainerPort hostPort(Integer hostPort) {
    this.hostPort = hostPort;
    return this;
  }

  /**
   * Number of port to expose on the host. If specified, this must be a valid port number, 0 &lt;
   * x &lt; 65536. If HostNetwork is specified, this must match ContainerPort. Most containers do
   * not need this.
   *
   * @return hostPort
   */
  public Integer getHostPort() {
    return hostPort;
  }

  public void setHostPort(Integer hostPort) {
    this.hostPort = hostPort;
  }

  public V1ContainerPort name(String name) {
    this.name = name;
    return this;
  }

  /**
   * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each named port in a
   * pod must have a unique name. Name for the port that can be referred to by services.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1ContainerPort protocol(String protocol) {
    this.protocol = protocol;
    return this;
  }

  /**
   * Protocol for port. Must be UDP, TCP, or SCTP. Defaults to "TCP".
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
    V1ContainerPort that = (V1ContainerPort) other;
    return Objects.equals(containerPort, that.containerPort)
        && Objects.equals(hostIP, that.hostIP)
        && Objects.equals(hostPort, that.hostPort)
        && Objects.equals(name, that.name)
        && Objects.equals(protocol, that.protocol);
  }

  @Override
  public int hashCode() {
    return Objects.hash(containerPort, hostIP, hostPort, name, protocol);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ContainerPort {\n");
    sb.append("    containerPort: ").append(containerPort).append('\n');
    sb.append("    hostIP: ").append(hostIP).append('\n');
    sb.append("    hostPort: ").append(hostPort).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    protocol: ").append(protocol).append('\n');
    return sb.append("}").toString();
  }
}
