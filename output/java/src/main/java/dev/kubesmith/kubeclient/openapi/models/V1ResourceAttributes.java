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
 * ResourceAttributes includes the authorization attributes available for resource requests to
 * the Authorizer interface
 */
public class V1ResourceAttributes {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "fieldSelector",
      "group",
      "labelSelector",
      "name",
      "namespace",
      "resource",
      "subresource",
      "verb",
      "version");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ResourceAttributes> CODEC = new Codec<V1ResourceAttributes>() {
    @Override
    public V1ResourceAttributes read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ResourceAttributes)");
      }
      V1ResourceAttributes o = new V1ResourceAttributes();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.fieldSelector = V1FieldSelectorAttributes.CODEC.read(p);
            break;
          case 1:
            o.group = Codecs.STRING.read(p);
            break;
          case 2:
            o.labelSelector = V1LabelSelectorAttributes.CODEC.read(p);
            break;
          case 3:
            o.name = Codecs.STRING.read(p);
            break;
          case 4:
            o.namespace = Codecs.STRING.read(p);
            break;
          case 5:
            o.resource = Codecs.STRING.read(p);
            break;
          case 6:
            o.subresource = Codecs.STRING.read(p);
            break;
          case 7:
            o.verb = Codecs.STRING.read(p);
            break;
          case 8:
            o.version = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ResourceAttributes o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.fieldSelector != null) {
        g.writeFieldName("fieldSelector");
        V1FieldSelectorAttributes.CODEC.write(g, o.fieldSelector);
      }
      if (o.group != null) {
        g.writeFieldName("group");
        Codecs.STRING.write(g, o.group);
      }
      if (o.labelSelector != null) {
        g.writeFieldName("labelSelector");
        V1LabelSelectorAttributes.CODEC.write(g, o.labelSelector);
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
      if (o.subresource != null) {
        g.writeFieldName("subresource");
        Codecs.STRING.write(g, o.subresource);
      }
      if (o.verb != null) {
        g.writeFieldName("verb");
        Codecs.STRING.write(g, o.verb);
      }
      if (o.version != null) {
        g.writeFieldName("version");
        Codecs.STRING.write(g, o.version);
      }
      g.writeEndObject();
    }
  };

  private V1FieldSelectorAttributes fieldSelector;

  private String group;

  private V1LabelSelectorAttributes labelSelector;

  private String name;

  private String namespace;

  private String resource;

  private String subresource;

  private String verb;

  private String version;

  public V1ResourceAttributes fieldSelector(V1FieldSelectorAttributes fieldSelector) {
    this.fieldSelector = fieldSelector;
    return this;
  }

  /**
   * fieldSelector describes the limitation on access based on field.  It can only limit access,
   * not broaden it.
   *
   * @return fieldSelector
   */
  public V1FieldSelectorAttributes getFieldSelector() {
    return fieldSelector;
  }

  public void setFieldSelector(V1FieldSelectorAttributes fieldSelector) {
    this.fieldSelector = fieldSelector;
  }

  public V1ResourceAttributes group(String group) {
    this.group = group;
    return this;
  }

  /**
   * group is the API Group of the Resource.  "*" means all.
   *
   * @return group
   */
  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public V1ResourceAttributes labelSelector(V1LabelSelectorAttributes labelSelector) {
    this.labelSelector = labelSelector;
    return this;
  }

  /**
   * labelSelector describes the limitation on access based on labels.  It can only limit access,
   * not broaden it.
   *
   * @return labelSelector
   */
  public V1LabelSelectorAttributes getLabelSelector() {
    return labelSelector;
  }

  public void setLabelSelector(V1LabelSelectorAttributes labelSelector) {
    this.labelSelector = labelSelector;
  }

  public V1ResourceAttributes name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name is the name of the resource being requested for a "get" or deleted for a "delete". ""
   * (empty) means all.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1ResourceAttributes namespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  /**
   * namespace is the namespace of the action being requested.  Currently, there is no
   * distinction between no namespace and all namespaces "" (empty) is defaulted for
   * LocalSubjectAccessReviews "" (empty) is empty for cluster-scoped resources "" (empty) means
   * "all" for namespace scoped resources from a SubjectAccessReview or SelfSubjectAccessReview
   *
   * @return namespace
   */
  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public V1ResourceAttributes resource(String resource) {
    this.resource = resource;
    return this;
  }

  /**
   * resource is one of the existing resource types.  "*" means all.
   *
   * @return resource
   */
  public String getResource() {
    return resource;
  }

  public void setResource(String resource) {
    this.resource = resource;
  }

  public V1ResourceAttributes subresource(String subresource) {
    this.subresource = subresource;
    return this;
  }

  /**
   * subresource is one of the existing resource types.  "" means none.
   *
   * @return subresource
   */
  public String getSubresource() {
    return subresource;
  }

  public void setSubresource(String subresource) {
    this.subresource = subresource;
  }

  public V1ResourceAttributes verb(String verb) {
    this.verb = verb;
    return this;
  }

  /**
   * verb is a kubernetes resource API verb, like: get, list, watch, create, update, delete,
   * proxy.  "*" means all.
   *
   * @return verb
   */
  public String getVerb() {
    return verb;
  }

  public void setVerb(String verb) {
    this.verb = verb;
  }

  public V1ResourceAttributes version(String version) {
    this.version = version;
    return this;
  }

  /**
   * version is the API Version of the Resource.  "*" means all.
   *
   * @return version
   */
  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ResourceAttributes that = (V1ResourceAttributes) other;
    return Objects.equals(fieldSelector, that.fieldSelector)
        && Objects.equals(group, that.group)
        && Objects.equals(labelSelector, that.labelSelector)
        && Objects.equals(name, that.name)
        && Objects.equals(namespace, that.namespace)
        && Objects.equals(resource, that.resource)
        && Objects.equals(subresource, that.subresource)
        && Objects.equals(verb, that.verb)
        && Objects.equals(version, that.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fieldSelector, group, labelSelector, name, namespace, resource, subresource, verb, version);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ResourceAttributes {\n");
    sb.append("    fieldSelector: ").append(String.valueOf(fieldSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    group: ").append(group).append('\n');
    sb.append("    labelSelector: ").append(String.valueOf(labelSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    namespace: ").append(namespace).append('\n');
    sb.append("    resource: ").append(resource).append('\n');
    sb.append("    subresource: ").append(subresource).append('\n');
    sb.append("    verb: ").append(verb).append('\n');
    sb.append("    version: ").append(version).append('\n');
    return sb.append("}").toString();
  }
}
