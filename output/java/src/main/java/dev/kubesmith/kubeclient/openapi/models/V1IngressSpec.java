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
 * IngressSpec describes the Ingress the user wishes to exist.
 */
public class V1IngressSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "defaultBackend",
      "ingressClassName",
      "rules",
      "tls");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1IngressSpec> CODEC = new Codec<V1IngressSpec>() {
    @Override
    public V1IngressSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1IngressSpec)");
      }
      V1IngressSpec o = new V1IngressSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.defaultBackend = V1IngressBackend.CODEC.read(p);
            break;
          case 1:
            o.ingressClassName = Codecs.STRING.read(p);
            break;
          case 2:
            o.rules = Codecs.listOf(V1IngressRule.CODEC).read(p);
            break;
          case 3:
            o.tls = Codecs.listOf(V1IngressTLS.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1IngressSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.defaultBackend != null) {
        g.writeFieldName("defaultBackend");
        V1IngressBackend.CODEC.write(g, o.defaultBackend);
      }
      if (o.ingressClassName != null) {
        g.writeFieldName("ingressClassName");
        Codecs.STRING.write(g, o.ingressClassName);
      }
      if (o.rules != null) {
        g.writeFieldName("rules");
        Codecs.listOf(V1IngressRule.CODEC).write(g, o.rules);
      }
      if (o.tls != null) {
        g.writeFieldName("tls");
        Codecs.listOf(V1IngressTLS.CODEC).write(g, o.tls);
      }
      g.writeEndObject();
    }
  };

  private V1IngressBackend defaultBackend;

  private String ingressClassName;

  private List<V1IngressRule> rules;

  private List<V1IngressTLS> tls;

  public V1IngressSpec defaultBackend(V1IngressBackend defaultBackend) {
    this.defaultBackend = defaultBackend;
    return this;
  }

  /**
   * defaultBackend is the backend that should handle requests that don't match any rule. If
   * Rules are not specified, DefaultBackend must be specified. If DefaultBackend is not set, the
   * handling of requests that do not match any of the rules will be up to the Ingress
   * controller.
   *
   * @return defaultBackend
   */
  public V1IngressBackend getDefaultBackend() {
    return defaultBackend;
  }

  public void setDefaultBackend(V1IngressBackend defaultBackend) {
    this.defaultBackend = defaultBackend;
  }

  public V1IngressSpec ingressClassName(String ingressClassName) {
    this.ingressClassName = ingressClassName;
    return this;
  }

  /**
   * ingressClassName is the name of an IngressClass cluster resource. Ingress controller
   * implementations use this field to know whether they should be serving this Ingress resource,
   * by a transitive connection (controller -&gt; IngressClass -&gt; Ingress resource). Although
   * the `kubernetes.io/ingress.class` annotation (simple constant name) was never formally
   * defined, it was widely supported by Ingress controllers to create a direct binding between
   * Ingress controller and Ingress resources. Newly created Ingress resources should prefer
   * using the field. However, even though the annotation is officially deprecated, for backwards
   * compatibility reasons, ingress controllers should still honor that annotation if present.
   *
   * @return ingressClassName
   */
  public String getIngressClassName() {
    return ingressClassName;
  }

  public void setIngressClassName(String ingressClassName) {
    this.ingressClassName = ingressClassName;
  }

  public V1IngressSpec rules(List<V1IngressRule> rules) {
    this.rules = rules;
    return this;
  }

  public V1IngressSpec addRulesItem(V1IngressRule item) {
    if (this.rules == null) {
      this.rules = new ArrayList<>();
    }
    this.rules.add(item);
    return this;
  }

  /**
   * rules is a list of host rules used to configure the Ingress. If unspecified, or no rule
   * matches, all traffic is sent to the default backend.
   *
   * @return rules
   */
  public List<V1IngressRule> getRules() {
    return rules;
  }

  public void setRules(List<V1IngressRule> rules) {
    this.rules = rules;
  }

  public V1IngressSpec tls(List<V1IngressTLS> tls) {
    this.tls = tls;
    return this;
  }

  public V1IngressSpec addTlsItem(V1IngressTLS item) {
    if (this.tls == null) {
      this.tls = new ArrayList<>();
    }
    this.tls.add(item);
    return this;
  }

  /**
   * tls represents the TLS configuration. Currently the Ingress only supports a single TLS port,
   * 443. If multiple members of this list specify different hosts, they will be multiplexed on
   * the same port according to the hostname specified through the SNI TLS extension, if the
   * ingress controller fulfilling the ingress supports SNI.
   *
   * @return tls
   */
  public List<V1IngressTLS> getTls() {
    return tls;
  }

  public void setTls(List<V1IngressTLS> tls) {
    this.tls = tls;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1IngressSpec that = (V1IngressSpec) other;
    return Objects.equals(defaultBackend, that.defaultBackend)
        && Objects.equals(ingressClassName, that.ingressClassName)
        && Objects.equals(rules, that.rules)
        && Objects.equals(tls, that.tls);
  }

  @Override
  public int hashCode() {
    return Objects.hash(defaultBackend, ingressClassName, rules, tls);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1IngressSpec {\n");
    sb.append("    defaultBackend: ").append(String.valueOf(defaultBackend).replace("\n", "\n    ")).append('\n');
    sb.append("    ingressClassName: ").append(ingressClassName).append('\n');
    sb.append("    rules: ").append(String.valueOf(rules).replace("\n", "\n    ")).append('\n');
    sb.append("    tls: ").append(String.valueOf(tls).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
