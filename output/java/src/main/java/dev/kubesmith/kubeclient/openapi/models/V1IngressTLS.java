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
 * IngressTLS describes the transport layer security associated with an ingress.
 */
public class V1IngressTLS {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "hosts",
      "secretName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1IngressTLS> CODEC = new Codec<V1IngressTLS>() {
    @Override
    public V1IngressTLS read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1IngressTLS)");
      }
      V1IngressTLS o = new V1IngressTLS();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.hosts = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.secretName = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1IngressTLS o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.hosts != null) {
        g.writeFieldName("hosts");
        Codecs.listOf(Codecs.STRING).write(g, o.hosts);
      }
      if (o.secretName != null) {
        g.writeFieldName("secretName");
        Codecs.STRING.write(g, o.secretName);
      }
      g.writeEndObject();
    }
  };

  private List<String> hosts;

  private String secretName;

  public V1IngressTLS hosts(List<String> hosts) {
    this.hosts = hosts;
    return this;
  }

  public V1IngressTLS addHostsItem(String item) {
    if (this.hosts == null) {
      this.hosts = new ArrayList<>();
    }
    this.hosts.add(item);
    return this;
  }

  /**
   * hosts is a list of hosts included in the TLS certificate. The values in this list must match
   * the name/s used in the tlsSecret. Defaults to the wildcard host setting for the loadbalancer
   * controller fulfilling this Ingress, if left unspecified.
   *
   * @return hosts
   */
  public List<String> getHosts() {
    return hosts;
  }

  public void setHosts(List<String> hosts) {
    this.hosts = hosts;
  }

  public V1IngressTLS secretName(String secretName) {
    this.secretName = secretName;
    return this;
  }

  /**
   * secretName is the name of the secret used to terminate TLS traffic on port 443. Field is
   * left optional to allow TLS routing based on SNI hostname alone. If the SNI host in a
   * listener conflicts with the "Host" header field used by an IngressRule, the SNI host is used
   * for termination and value of the "Host" header is used for routing.
   *
   * @return secretName
   */
  public String getSecretName() {
    return secretName;
  }

  public void setSecretName(String secretName) {
    this.secretName = secretName;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1IngressTLS that = (V1IngressTLS) other;
    return Objects.equals(hosts, that.hosts)
        && Objects.equals(secretName, that.secretName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hosts, secretName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1IngressTLS {\n");
    sb.append("    hosts: ").append(String.valueOf(hosts).replace("\n", "\n    ")).append('\n');
    sb.append("    secretName: ").append(secretName).append('\n');
    return sb.append("}").toString();
  }
}
