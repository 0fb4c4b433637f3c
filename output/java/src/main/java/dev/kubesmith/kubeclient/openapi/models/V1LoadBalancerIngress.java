package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * LoadBalancerIngress represents the status of a load-balancer ingress point: traffic intended
 * for the service should be sent to an ingress point.
 */
public class V1LoadBalancerIngress {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "hostname",
      "ip",
      "ipMode",
      "ports");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1LoadBalancerIngress> CODEC = new Codec<V1LoadBalancerIngress>() {
    @Override
    public V1LoadBalancerIngress read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1LoadBalancerIngress)");
      }
      V1LoadBalancerIngress o = new V1LoadBalancerIngress();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.hostname = Codecs.STRING.read(p);
            break;
          case 1:
            o.ip = Codecs.STRING.read(p);
            break;
          case 2:
            o.ipMode = Codecs.STRING.read(p);
            break;
          case 3:
            o.ports = Codecs.listOf(V1PortStatus.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1LoadBalancerIngress o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.hostname != null) {
        g.writeFieldName("hostname");
        Codecs.STRING.write(g, o.hostname);
      }
      if (o.ip != null) {
        g.writeFieldName("ip");
        Codecs.STRING.write(g, o.ip);
      }
      if (o.ipMode != null) {
        g.writeFieldName("ipMode");
        Codecs.STRING.write(g, o.ipMode);
      }
      if (o.ports != null) {
        g.writeFieldName("ports");
        Codecs.listOf(V1PortStatus.CODEC).write(g, o.ports);
      }
      g.writeEndObject();
    }
  };

  private String hostname;

  private String ip;

  private String ipMode;

  private List<V1PortStatus> ports;

  public V1LoadBalancerIngress hostname(String hostname) {
    this.hostname = hostname;
    return this;
  }

  /**
   * Hostname is set for load-balancer ingress points that are DNS based (typically AWS
   * load-balancers)
   *
   * @return hostname
   */
  public String getHostname() {
    return hostname;
  }

  public void setHostname(String hostname) {
    this.hostname = hostname;
  }

  public V1LoadBalancerIngress ip(String ip) {
    this.ip = ip;
    return this;
  }

  /**
   * IP is set for load-balancer ingress points that are IP based (typically GCE or OpenStack
   * load-balancers)
   *
   * @return ip
   */
  public String getIp() {
    return ip;
  }

  public void setIp(String ip) {
    this.ip = ip;
  }

  public V1LoadBalancerIngress ipMode(String ipMode) {
    this.ipMode = ipMode;
    return this;
  }

  /**
   * IPMode specifies how the load-balancer IP behaves, and may only be specified when the ip
   * field is specified. Setting this to "VIP" indicates that traffic is delivered to the node
   * with the destination set to the load-balancer's IP and port. Setting this to "Proxy"
   * indicates that traffic is delivered to the node or pod with the destination set to the
   * node's IP and node port or the pod's IP and port. Service implementations may use this
   * information to adjust traffic routing.
   *
   * @return ipMode
   */
  public String getIpMode() {
    return ipMode;
  }

  public void setIpMode(String ipMode) {
    this.ipMode = ipMode;
  }

  public V1LoadBalancerIngress ports(List<V1PortStatus> ports) {
    this.ports = ports;
    return this;
  }

  public V1LoadBalancerIngress addPortsItem(V1PortStatus item) {
    if (this.ports == null) {
      this.ports = new ArrayList<>();
    }
    this.ports.add(item);
    return this;
  }

  /**
   * Ports is a list of records of service ports If used, every port defined in the service
   * should have an entry in it
   *
   * @return ports
   */
  public List<V1PortStatus> getPorts() {
    return ports;
  }

  public void setPorts(List<V1PortStatus> ports) {
    this.ports = ports;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1LoadBalancerIngress that = (V1LoadBalancerIngress) other;
    return Objects.equals(hostname, that.hostname)
        && Objects.equals(ip, that.ip)
        && Objects.equals(ipMode, that.ipMode)
        && Objects.equals(ports, that.ports);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hostname, ip, ipMode, ports);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1LoadBalancerIngress {\n");
    sb.append("    hostname: ").append(hostname).append('\n');
    sb.append("    ip: ").append(ip).append('\n');
    sb.append("    ipMode: ").append(ipMode).append('\n');
    sb.append("    ports: ").append(String.valueOf(ports).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
