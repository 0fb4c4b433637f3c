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
 * IngressClassParametersReference identifies an API object. This can be used to specify a
 * cluster or namespace-scoped resource.
 */
public class V1IngressClassParametersReference {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiGroup",
      "kind",
      "name",
      "namespace",
      "scope");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1IngressClassParametersReference> CODEC = new Codec<V1IngressClassParametersReference>() {
    @Override
    public V1IngressClassParametersReference read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1IngressClassParametersReference)");
      }
      V1IngressClassParametersReference o = new V1IngressClassParametersReference();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiGroup = Codecs.STRING.read(p);
            break;
          case 1:
            o.kind = Codecs.STRING.read(p);
            break;
          case 2:
            o.name = Codecs.STRING.read(p);
            break;
          case 3:
            o.namespace = Codecs.STRING.read(p);
            break;
          case 4:
            o.scope = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1IngressClassParametersReference o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiGroup != null) {
        g.writeFieldName("apiGroup");
        Codecs.STRING.write(g, o.apiGroup);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.namespace != null) {
        g.writeFieldName("namespace");
        Codecs.STRING.write(g, o.namespace);
      }
      if (o.scope != null) {
        g.writeFieldName("scope");
        Codecs.STRING.write(g, o.scope);
      }
      g.writeEndObject();
    }
  };

  private String apiGroup;

  private String kind;

  private String name;

  private String namespace;

  private String scope;

  public V1IngressClassParametersReference apiGroup(String apiGroup) {
    this.apiGroup = apiGroup;
    return this;
  }

  /**
   * apiGroup is the group for the resource being referenced. If APIGroup is not specified, the
   * specified Kind must be in the core API group. For any other third-party types, APIGroup is
   * required.
   *
   * @return apiGroup
   */
  public String getApiGroup() {
    return apiGroup;
  }

  public void setApiGroup(String apiGroup) {
    this.apiGroup = apiGroup;
  }

  public V1IngressClassParametersReference kind(String kind) {
    this.kind = kind;
    return this;
  }

  /**
   * kind is the type of resource being referenced.
   *
   * @return kind
   */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public V1IngressClassParametersReference name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name is the name of resource being referenced.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1IngressClassParametersReference namespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  /**
   * namespace is the namespace of the resource being referenced. This field is required when
   * scope is set to "Namespace" and must be unset when scope is set to "Cluster".
   *
   * @return namespace
   */
  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public V1IngressClassParametersReference scope(String scope) {
    this.scope = scope;
    return this;
  }

  /**
   * scope represents if this refers to a cluster or namespace scoped resource. This may be set
   * to "Cluster" (default) or "Namespace".
   *
   * @return scope
   */
  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1IngressClassParametersReference that = (V1IngressClassParametersReference) other;
    return Objects.equals(apiGroup, that.apiGroup)
        && Objects.equals(kind, that.kind)
        && Objects.equals(name, that.name)
        && Objects.equals(namespace, that.namespace)
        && Objects.equals(scope, that.scope);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiGroup, kind, name, namespace, scope);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1IngressClassParametersReference {\n");
    sb.append("    apiGroup: ").append(apiGroup).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    namespace: ").append(namespace).append('\n');
    sb.append("    scope: ").append(scope).append('\n');
    return sb.append("}").toString();
  }
}
