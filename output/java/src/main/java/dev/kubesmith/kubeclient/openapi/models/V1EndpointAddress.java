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
 * EndpointAddress is a tuple that describes single IP address. Deprecated: This API is
 * deprecated in v1.33+.
 */
public class V1EndpointAddress {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "hostname",
      "ip",
      "nodeName",
      "targetRef");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1EndpointAddress> CODEC = new Codec<V1EndpointAddress>() {
    @Override
    public V1EndpointAddress read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1EndpointAddress)");
      }
      V1EndpointAddress o = new V1EndpointAddress();
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
            o.nodeName = Codecs.STRING.read(p);
            break;
          case 3:
            o.targetRef = V1ObjectReference.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1EndpointAddress o) throws IOException {
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
      if (o.nodeName != null) {
        g.writeFieldName("nodeName");
        Codecs.STRING.write(g, o.nodeName);
      }
      if (o.targetRef != null) {
        g.writeFieldName("targetRef");
        V1ObjectReference.CODEC.write(g, o.targetRef);
      }
      g.writeEndObject();
    }
  };

  private String hostname;

  private String ip;

  private String nodeName;

  private V1ObjectReference targetRef;

  public V1EndpointAddress hostname(String hostname) {
    this.hostname = hostname;
    return this;
  }

  /**
   * The Hostname of this endpoint
   *
   * @return hostname
   */
  public String getHostname() {
    return hostname;
  }

  public void setHostname(String hostname) {
    this.hostname = hostname;
  }

  public V1EndpointAddress ip(String ip) {
    this.ip = ip;
    return this;
  }

  /**
   * The IP of this endpoint. May not be loopback (127.0.0.0/8 or ::1), link-local
   * (169.254.0.0/16 or fe80::/10), or link-local multicast (224.0.0.0/24 or ff02::/16).
   *
   * @return ip
   */
  public String getIp() {
    return ip;
  }

  public void setIp(String ip) {
    this.ip = ip;
  }

  public V1EndpointAddress nodeName(String nodeName) {
    this.nodeName = nodeName;
    return this;
  }

  /**
   * Optional: Node hosting this endpoint. This can be used to determine endpoints local to a
   * node.
   *
   * @return nodeName
   */
  public String getNodeName() {
    return nodeName;
  }

  public void setNodeName(String nodeName) {
    this.nodeName = nodeName;
  }

  public V1EndpointAddress targetRef(V1ObjectReference targetRef) {
    this.targetRef = targetRef;
    return this;
  }

  /**
   * Reference to object providing the endpoint.
   *
   * @return targetRef
   */
  public V1ObjectReference getTargetRef() {
    return targetRef;
  }

  public void setTargetRef(V1ObjectReference targetRef) {
    this.targetRef = targetRef;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1EndpointAddress that = (V1EndpointAddress) other;
    return Objects.equals(hostname, that.hostname)
        && Objects.equals(ip, that.ip)
        && Objects.equals(nodeName, that.nodeName)
        && Objects.equals(targetRef, that.targetRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hostname, ip, nodeName, targetRef);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1EndpointAddress {\n");
    sb.append("    hostname: ").append(hostname).append('\n');
    sb.append("    ip: ").append(ip).append('\n');
    sb.append("    nodeName: ").append(nodeName).append('\n');
    sb.append("    targetRef: ").append(String.valueOf(targetRef).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
