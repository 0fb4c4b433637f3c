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
 * IngressRule represents the rules mapping the paths under a specified host to the related
 * backend services. Incoming requests are first evaluated for a host match, then routed to the
 * backend associated with the matching IngressRuleValue.
 */
public class V1IngressRule {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "host",
      "http");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1IngressRule> CODEC = new Codec<V1IngressRule>() {
    @Override
    public V1IngressRule read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1IngressRule)");
      }
      V1IngressRule o = new V1IngressRule();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.host = Codecs.STRING.read(p);
            break;
          case 1:
            o.http = V1HTTPIngressRuleValue.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1IngressRule o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.host != null) {
        g.writeFieldName("host");
        Codecs.STRING.write(g, o.host);
      }
      if (o.http != null) {
        g.writeFieldName("http");
        V1HTTPIngressRuleValue.CODEC.write(g, o.http);
      }
      g.writeEndObject();
    }
  };

  private String host;

  private V1HTTPIngressRuleValue http;

  public V1IngressRule host(String host) {
    this.host = host;
    return this;
  }

  /**
   * host is the fully qualified domain name of a network host, as defined by RFC 3986. Note the
   * following deviations from the "host" part of the URI as defined in RFC 3986: 1. IPs are not
   * allowed. Currently an IngressRuleValue can only apply to
   *    the IP in the Spec of the parent Ingress.
   * 2. The `:` delimiter is not respected because ports are not allowed.
   *           Currently the port of an Ingress is implicitly :80 for http and
   *           :443 for https.
   * Both these may change in the future. Incoming requests are matched against the host before
   * the IngressRuleValue. If the host is unspecified, the Ingress routes all traffic based on
   * the specified IngressRuleValue.
   *
   * host can be "precise" which is a domain name without the terminating dot of a network host
   * (e.g. "foo.bar.com") or "wildcard", which is a domain name prefixed with a single wildcard
   * label (e.g. "*.foo.com"). The wildcard character '*' must appear by itself as the first DNS
   * label and matches only a single label. You cannot have a wildcard label by itself (e.g. Host
   * == "*"). Requests will be matched against the Host field in the following way: 1. If host is
   * precise, the request matches this rule if the http host header is equal to Host. 2. If host
   * is a wildcard, then the request matches this rule if the http host header is to equal to the
   * suffix (removing the first label) of the wildcard rule.
   *
   * @return host
   */
  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public V1IngressRule http(V1HTTPIngressRuleValue http) {
    this.http = http;
    return this;
  }

  /**
   * http is a HTTP IngressRuleValue, which contains a list of http selectors
   *
   * @return http
   */
  public V1HTTPIngressRuleValue getHttp() {
    return http;
  }

  public void setHttp(V1HTTPIngressRuleValue http) {
    this.http = http;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1IngressRule that = (V1IngressRule) other;
    return Objects.equals(host, that.host)
        && Objects.equals(http, that.http);
  }

  @Override
  public int hashCode() {
    return Objects.hash(host, http);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1IngressRule {\n");
    sb.append("    host: ").append(host).append('\n');
    sb.append("    http: ").append(String.valueOf(http).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
