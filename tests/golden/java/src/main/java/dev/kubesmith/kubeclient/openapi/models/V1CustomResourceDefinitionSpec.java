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
 * CustomResourceDefinitionSpec describes how a user wants their resource to appear
 */
public class V1CustomResourceDefinitionSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "conversion",
      "group",
      "names",
      "preserveUnknownFields",
      "scope",
      "versions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CustomResourceDefinitionSpec> CODEC = new Codec<V1CustomResourceDefinitionSpec>() {
    @Override
    public V1CustomResourceDefinitionSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CustomResourceDefinitionSpec)");
      }
      V1CustomResourceDefinitionSpec o = new V1CustomResourceDefinitionSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.conversion = V1CustomResourceConversion.CODEC.read(p);
            break;
          case 1:
            o.group = Codecs.STRING.read(p);
            break;
          case 2:
            o.names = V1CustomResourceDefinitionNames.CODEC.read(p);
            break;
          case 3:
            o.preserveUnknownFields = Codecs.BOOLEAN.read(p);
            break;
          case 4:
            o.scope = Codecs.STRING.read(p);
            break;
          case 5:
            o.versions = Codecs.listOf(V1CustomResourceDefinitionVersion.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CustomResourceDefinitionSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.conversion != null) {
        g.writeFieldName("conversion");
        V1CustomResourceConversion.CODEC.write(g, o.conversion);
      }
      if (o.group != null) {
        g.writeFieldName("group");
        Codecs.STRING.write(g, o.group);
      }
      if (o.names != null) {
        g.writeFieldName("names");
        V1CustomResourceDefinitionNames.CODEC.write(g, o.names);
      }
      if (o.preserveUnknownFields != null) {
        g.writeFieldName("preserveUnknownFields");
        Codecs.BOOLEAN.write(g, o.preserveUnknownFields);
      }
      if (o.scope != null) {
        g.writeFieldName("scope");
        Codecs.STRING.write(g, o.scope);
      }
      if (o.versions != null) {
        g.writeFieldName("versions");
        Codecs.listOf(V1CustomResourceDefinitionVersion.CODEC).write(g, o.versions);
      }
      g.writeEndObject();
    }
  };

  private V1CustomResourceConversion conversion;

  private String group;

  private V1CustomResourceDefinitionNames names;

  private Boolean preserveUnknownFields;

  private String scope;

  private List<V1CustomResourceDefinitionVersion> versions;

  public V1CustomResourceDefinitionSpec conversion(V1CustomResourceConversion conversion) {
    this.conversion = conversion;
    return this;
  }

  /**
   * conversion defines conversion settings for the CRD.
   *
   * @return conversion
   */
  public V1CustomResourceConversion getConversion() {
    return conversion;
  }

  public void setConversion(V1CustomResourceConversion conversion) {
    this.conversion = conversion;
  }

  public V1CustomResourceDefinitionSpec group(String group) {
    this.group = group;
    return this;
  }

  /**
   * group is the API group of the defined custom resource. The custom resources are served under
   * `/apis/&lt;group&gt;/...`. Must match the name of the CustomResourceDefinition (in the form
   * `&lt;names.plural&gt;.&lt;group&gt;`).
   *
   * @return group
   */
  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public V1CustomResourceDefinitionSpec names(V1CustomResourceDefinitionNames names) {
    this.names = names;
    return this;
  }

  /**
   * names specify the resource and kind names for the custom resource.
   *
   * @return names
   */
  public V1CustomResourceDefinitionNames getNames() {
    return names;
  }

  public void setNames(V1CustomResourceDefinitionNames names) {
    this.names = names;
  }

  public V1CustomResourceDefinitionSpec preserveUnknownFields(Boolean preserveUnknownFields) {
    this.preserveUnknownFields = preserveUnknownFields;
    return this;
  }

  /**
   * preserveUnknownFields indicates that object fields which are not specified in the OpenAPI
   * schema should be preserved when persisting to storage. apiVersion, kind, metadata and known
   * fields inside metadata are always preserved. This field is deprecated in favor of setting
   * `x-preserve-unknown-fields` to true in `spec.versions[*].schema.openAPIV3Schema`. See
   * https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#field-pruning
   * for details.
   *
   * @return preserveUnknownFields
   */
  public Boolean getPreserveUnknownFields() {
    return preserveUnknownFields;
  }

  public void setPreserveUnknownFields(Boolean preserveUnknownFields) {
    this.preserveUnknownFields = preserveUnknownFields;
  }

  public V1CustomResourceDefinitionSpec scope(String scope) {
    this.scope = scope;
    return this;
  }

  /**
   * scope indicates whether the defined custom resource is cluster- or namespace-scoped. Allowed
   * values are `Cluster` and `Namespaced`.
   *
   * @return scope
   */
  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public V1CustomResourceDefinitionSpec versions(List<V1CustomResourceDefinitionVersion> versions) {
    this.versions = versions;
    return this;
  }

  public V1CustomResourceDefinitionSpec addVersionsItem(V1CustomResourceDefinitionVersion item) {
    if (this.versions == null) {
      this.versions = new ArrayList<>();
    }
    this.versions.add(item);
    return this;
  }

  /**
   * versions is the list of all API versions of the defined custom resource. Version names are
   * used to compute the order in which served versions are listed in API discovery. If the
   * version string is "kube-like", it will sort above non "kube-like" version strings, which are
   * ordered lexicographically. "Kube-like" versions start with a "v", then are followed by a
   * number (the major version), then optionally the string "alpha" or "beta" and another number
   * (the minor version). These are sorted first by GA &gt; beta &gt; alpha (where GA is a
   * version with no suffix such as beta or alpha), and then by comparing major version, then
   * minor version. An example sorted list of versions: v10, v2, v1, v11beta2, v10beta3, v3beta1,
   * v12alpha1, v11alpha2, foo1, foo10.
   *
   * @return versions
   */
  public List<V1CustomResourceDefinitionVersion> getVersions() {
    return versions;
  }

  public void setVersions(List<V1CustomResourceDefinitionVersion> versions) {
    this.versions = versions;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CustomResourceDefinitionSpec that = (V1CustomResourceDefinitionSpec) other;
    return Objects.equals(conversion, that.conversion)
        && Objects.equals(group, that.group)
        && Objects.equals(names, that.names)
        && Objects.equals(preserveUnknownFields, that.preserveUnknownFields)
        && Objects.equals(scope, that.scope)
        && Objects.equals(versions, that.versions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conversion, group, names, preserveUnknownFields, scope, versions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CustomResourceDefinitionSpec {\n");
    sb.append("    conversion: ").append(String.valueOf(conversion).replace("\n", "\n    ")).append('\n');
    sb.append("    group: ").append(group).append('\n');
    sb.append("    names: ").append(String.valueOf(names).replace("\n", "\n    ")).append('\n');
    sb.append("    preserveUnknownFields: ").append(preserveUnknownFields).append('\n');
    sb.append("    scope: ").append(scope).append('\n');
    sb.append("    versions: ").append(String.valueOf(versions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
