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
 * Subject contains a reference to the object or user identities a role binding applies to.
 * This can either hold a direct API object reference, or a value for non-objects such as user
 * and group names.
 */
public class RbacV1Subject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiGroup",
      "kind",
      "name",
      "namespace");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<RbacV1Subject> CODEC = new Codec<RbacV1Subject>() {
    @Override
    public RbacV1Subject read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (RbacV1Subject)");
      }
      RbacV1Subject o = new RbacV1Subject();
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
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, RbacV1Subject o) throws IOException {
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
      g.writeEndObject();
    }
  };

  private String apiGroup;

  private String kind;

  private String name;

  private String namespace;

  public RbacV1Subject apiGroup(String apiGroup) {
    this.apiGroup = apiGroup;
    return this;
  }

  /**
   * apiGroup holds the API group of the referenced subject. Defaults to "" for ServiceAccount
   * subjects. Defaults to "rbac.authorization.k8s.io" for User and Group subjects.
   *
   * @return apiGroup
   */
  public String getApiGroup() {
    return apiGroup;
  }

  public void setApiGroup(String apiGroup) {
    this.apiGroup = apiGroup;
  }

  public RbacV1Subject kind(String kind) {
    this.kind = kind;
    return this;
  }

  /**
   * kind of object being referenced. Values defined by this API group are "User", "Group", and
   * "ServiceAccount". If the Authorizer does not recognized the kind value, the Authorizer
   * should report an error.
   *
   * @return kind
   */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public RbacV1Subject name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name of the object being referenced.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public RbacV1Subject namespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  /**
   * namespace of the referenced object.  If the object kind is non-namespace, such as "User" or
   * "Group", and this value is not empty the Authorizer should report an error.
   *
   * @return namespace
   */
  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    RbacV1Subject that = (RbacV1Subject) other;
    return Objects.equals(apiGroup, that.apiGroup)
        && Objects.equals(kind, that.kind)
        && Objects.equals(name, that.name)
        && Objects.equals(namespace, that.namespace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiGroup, kind, name, namespace);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class RbacV1Subject {\n");
    sb.append("    apiGroup: ").append(apiGroup).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    namespace: ").append(namespace).append('\n');
    return sb.append("}").toString();
  }
}
