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
 * IngressLoadBalancerIngress represents the status of a load-balancer ingress point.
 */
public class V1IngressLoadBalancerIngress {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "hostname",
      "ip",
      "ports");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1IngressLoadBalancerIngress> CODEC = new Codec<V1IngressLoadBalancerIngress>() {
    @Override
    public V1IngressLoadBalancerIngress read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1IngressLoadBalancerIngress)");
      }
      V1IngressLoadBalancerIngress o = new V1IngressLoadBalancerIngress();
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
            o.ports = Codecs.listOf(V1IngressPortStatus.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1IngressLoadBalancerIngress o) throws IOException {
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
      if (o.ports != null) {
        g.writeFieldName("ports");
        Codecs.listOf(V1IngressPortStatus.CODEC).write(g, o.ports);
      }
      g.writeEndObject();
    }
  };

  private String hostname;

  private String ip;

  private List<V1IngressPortStatus> ports;

  public V1IngressLoadBalancerIngress hostname(String hostname) {
    this.hostname = hostname;
    return this;
  }

  /**
   * hostname is set for load-balancer ingress points that are DNS based.
   *
   * @return hostname
   */
  public String getHostname() {
    return hostname;
  }

  public void setHostname(String hostname) {
    this.hostname = hostname;
  }

  public V1IngressLoadBalancerIngress ip(String ip) {
    this.ip = ip;
    return this;
  }

  /**
   * ip is set for load-balancer ingress points that are IP based.
   *
   * @return ip
   */
  public String getIp() {
    return ip;
  }

  public void setIp(String ip) {
    this.ip = ip;
  }

  public V1IngressLoadBalancerIngress ports(List<V1IngressPortStatus> ports) {
    this.ports = ports;
    return this;
  }

  public V1IngressLoadBalancerIngress addPortsItem(V1IngressPortStatus item) {
    if (this.ports == null) {
      this.ports = new ArrayList<>();
    }
    this.ports.add(item);
    return this;
  }

  /**
   * ports provides information about the ports exposed by this LoadBalancer.
   *
   * @return ports
   */
  public List<V1IngressPortStatus> getPorts() {
    return ports;
  }

  public void setPorts(List<V1IngressPortStatus> ports) {
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
    V1IngressLoadBalancerIngress that = (V1IngressLoadBalancerIngress) other;
    return Objects.equals(hostname, that.hostname)
        && Objects.equals(ip, that.ip)
        && Objects.equals(ports, that.ports);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hostname, ip, ports);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1IngressLoadBalancerIngress {\n");
    sb.append("    hostname: ").append(hostname).append('\n');
    sb.append("    ip: ").append(ip).append('\n');
    sb.append("    ports: ").append(String.valueOf(ports).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
