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
 * ParentReference describes a reference to a parent object.
 */
public class V1ParentReference {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "group",
      "name",
      "namespace",
      "resource");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ParentReference> CODEC = new Codec<V1ParentReference>() {
    @Override
    public V1ParentReference read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ParentReference)");
      }
      V1ParentReference o = new V1ParentReference();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.group = Codecs.STRING.read(p);
            break;
          case 1:
            o.name = Codecs.STRING.read(p);
            break;
          case 2:
            o.namespace = Codecs.STRING.read(p);
            break;
          case 3:
            o.resource = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ParentReference o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.group != null) {
        g.writeFieldName("group");
        Codecs.STRING.write(g, o.group);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.namespace != null) {
        g.writeFieldName("namespace");
        Codecs.STRING.write(g, o.namespace);
      }
      if (o.resource != null) {
        g.writeFieldName("resource");
        Codecs.STRING.write(g, o.resource);
      }
      g.writeEndObject();
    }
  };

  private String group;

  private String name;

  private String namespace;

  private String resource;

  public V1ParentReference group(String group) {
    this.group = group;
    return this;
  }

  /**
   * group is the group of the object being referenced.
   *
   * @return group
   */
  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public V1ParentReference name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name is the name of the object being referenced.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1ParentReference namespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  /**
   * namespace is the namespace of the object being referenced.
   *
   * @return namespace
   */
  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public V1ParentReference resource(String resource) {
    this.resource = resource;
    return this;
  }

  /**
   * resource is the resource of the object being referenced.
   *
   * @return resource
   */
  public String getResource() {
    return resource;
  }

  public void setResource(String resource) {
    this.resource = resource;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ParentReference that = (V1ParentReference) other;
    return Objects.equals(group, that.group)
        && Objects.equals(name, that.name)
        && Objects.equals(namespace, that.namespace)
        && Objects.equals(resource, that.resource);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, name, namespace, resource);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ParentReference {\n");
    sb.append("    group: ").append(group).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    namespace: ").append(namespace).append('\n');
    sb.append("    resource: ").append(resource).append('\n');
    return sb.append("}").toString();
  }
}
