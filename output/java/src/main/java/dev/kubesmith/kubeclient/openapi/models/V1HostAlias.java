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
 * HostAlias holds the mapping between IP and hostnames that will be injected as an entry in
 * the pod's hosts file.
 */
public class V1HostAlias {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "hostnames",
      "ip");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1HostAlias> CODEC = new Codec<V1HostAlias>() {
    @Override
    public V1HostAlias read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1HostAlias)");
      }
      V1HostAlias o = new V1HostAlias();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.hostnames = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.ip = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1HostAlias o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.hostnames != null) {
        g.writeFieldName("hostnames");
        Codecs.listOf(Codecs.STRING).write(g, o.hostnames);
      }
      if (o.ip != null) {
        g.writeFieldName("ip");
        Codecs.STRING.write(g, o.ip);
      }
      g.writeEndObject();
    }
  };

  private List<String> hostnames;

  private String ip;

  public V1HostAlias hostnames(List<String> hostnames) {
    this.hostnames = hostnames;
    return this;
  }

  public V1HostAlias addHostnamesItem(String item) {
    if (this.hostnames == null) {
      this.hostnames = new ArrayList<>();
    }
    this.hostnames.add(item);
    return this;
  }

  /**
   * Hostnames for the above IP address.
   *
   * @return hostnames
   */
  public List<String> getHostnames() {
    return hostnames;
  }

  public void setHostnames(List<String> hostnames) {
    this.hostnames = hostnames;
  }

  public V1HostAlias ip(String ip) {
    this.ip = ip;
    return this;
  }

  /**
   * IP address of the host file entry.
   *
   * @return ip
   */
  public String getIp() {
    return ip;
  }

  public void setIp(String ip) {
    this.ip = ip;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1HostAlias that = (V1HostAlias) other;
    return Objects.equals(hostnames, that.hostnames)
        && Objects.equals(ip, that.ip);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hostnames, ip);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1HostAlias {\n");
    sb.append("    hostnames: ").append(String.valueOf(hostnames).replace("\n", "\n    ")).append('\n');
    sb.append("    ip: ").append(ip).append('\n');
    return sb.append("}").toString();
  }
}
