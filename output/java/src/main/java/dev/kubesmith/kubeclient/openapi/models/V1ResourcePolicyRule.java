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
 * ResourcePolicyRule is a predicate that matches some resource requests, testing the request's
 * verb and the target resource. A ResourcePolicyRule matches a resource request if and only
 * if: (a) at least one member of verbs matches the request, (b) at least one member of
 * apiGroups matches the request, (c) at least one member of resources matches the request, and
 * (d) either (d1) the request does not specify a namespace (i.e., `Namespace==""`) and
 * clusterScope is true or (d2) the request specifies a namespace and least one member of
 * namespaces matches the request's namespace.
 */
public class V1ResourcePolicyRule {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiGroups",
      "clusterScope",
      "namespaces",
      "resources",
      "verbs");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ResourcePolicyRule> CODEC = new Codec<V1ResourcePolicyRule>() {
    @Override
    public V1ResourcePolicyRule read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ResourcePolicyRule)");
      }
      V1ResourcePolicyRule o = new V1ResourcePolicyRule();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiGroups = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.clusterScope = Codecs.BOOLEAN.read(p);
            break;
          case 2:
            o.namespaces = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 3:
            o.resources = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 4:
            o.verbs = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ResourcePolicyRule o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiGroups != null) {
        g.writeFieldName("apiGroups");
        Codecs.listOf(Codecs.STRING).write(g, o.apiGroups);
      }
      if (o.clusterScope != null) {
        g.writeFieldName("clusterScope");
        Codecs.BOOLEAN.write(g, o.clusterScope);
      }
      if (o.namespaces != null) {
        g.writeFieldName("namespaces");
        Codecs.listOf(Codecs.STRING).write(g, o.namespaces);
      }
      if (o.resources != null) {
        g.writeFieldName("resources");
        Codecs.listOf(Codecs.STRING).write(g, o.resources);
      }
      if (o.verbs != null) {
        g.writeFieldName("verbs");
        Codecs.listOf(Codecs.STRING).write(g, o.verbs);
      }
      g.writeEndObject();
    }
  };

  private List<String> apiGroups;

  private Boolean clusterScope;

  private List<String> namespaces;

  private List<String> resources;

  private List<String> verbs;

  public V1ResourcePolicyRule apiGroups(List<String> apiGroups) {
    this.apiGroups = apiGroups;
    return this;
  }

  public V1ResourcePolicyRule addApiGroupsItem(String item) {
    if (this.apiGroups == null) {
      this.apiGroups = new ArrayList<>();
    }
    this.apiGroups.add(item);
    return this;
  }

  /**
   * `apiGroups` is a list of matching API groups and may not be empty. "*" matches all API
   * groups and, if present, must be the only entry. Required.
   *
   * @return apiGroups
   */
  public List<String> getApiGroups() {
    return apiGroups;
  }

  public void setApiGroups(List<String> apiGroups) {
    this.apiGroups = apiGroups;
  }

  public V1ResourcePolicyRule clusterScope(Boolean clusterScope) {
    this.clusterScope = clusterScope;
    return this;
  }

  /**
   * `clusterScope` indicates whether to match requests that do not specify a namespace (which
   * happens either because the resource is not namespaced or the request targets all
   * namespaces). If this field is omitted or false then the `namespaces` field must contain a
   * non-empty list.
   *
   * @return clusterScope
   */
  public Boolean getClusterScope() {
    return clusterScope;
  }

  public void setClusterScope(Boolean clusterScope) {
    this.clusterScope = clusterScope;
  }

  public V1ResourcePolicyRule namespaces(List<String> namespaces) {
    this.namespaces = namespaces;
    return this;
  }

  public V1ResourcePolicyRule addNamespacesItem(String item) {
    if (this.namespaces == null) {
      this.namespaces = new ArrayList<>();
    }
    this.namespaces.add(item);
    return this;
  }

  /**
   * `namespaces` is a list of target namespaces that restricts matches.  A request that
   * specifies a target namespace matches only if either (a) this list contains that target
   * namespace or (b) this list contains "*".  Note that "*" matches any specified namespace but
   * does not match a request that _does not specify_ a namespace (see the `clusterScope` field
   * for that). This list may be empty, but only if `clusterScope` is true.
   *
   * @return namespaces
   */
  public List<String> getNamespaces() {
    return namespaces;
  }

  public void setNamespaces(List<String> namespaces) {
    this.namespaces = namespaces;
  }

  public V1ResourcePolicyRule resources(List<String> resources) {
    this.resources = resources;
    return this;
  }

  public V1ResourcePolicyRule addResourcesItem(String item) {
    if (this.resources == null) {
      this.resources = new ArrayList<>();
    }
    this.resources.add(item);
    return this;
  }

  /**
   * `resources` is a list of matching resources (i.e., lowercase and plural) with, if desired,
   * subresource.  For example, [ "services", "nodes/status" ].  This list may not be empty. "*"
   * matches all resources and, if present, must be the only entry. Required.
   *
   * @return resources
   */
  public List<String> getResources() {
    return resources;
  }

  public void setResources(List<String> resources) {
    this.resources = resources;
  }

  public V1ResourcePolicyRule verbs(List<String> verbs) {
    this.verbs = verbs;
    return this;
  }

  public V1ResourcePolicyRule addVerbsItem(String item) {
    if (this.verbs == null) {
      this.verbs = new ArrayList<>();
    }
    this.verbs.add(item);
    return this;
  }

  /**
   * `verbs` is a list of matching verbs and may not be empty. "*" matches all verbs and, if
   * present, must be the only entry. Required.
   *
   * @return verbs
   */
  public List<String> getVerbs() {
    return verbs;
  }

  public void setVerbs(List<String> verbs) {
    this.verbs = verbs;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ResourcePolicyRule that = (V1ResourcePolicyRule) other;
    return Objects.equals(apiGroups, that.apiGroups)
        && Objects.equals(clusterScope, that.clusterScope)
        && Objects.equals(namespaces, that.namespaces)
        && Objects.equals(resources, that.resources)
        && Objects.equals(verbs, that.verbs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiGroups, clusterScope, namespaces, resources, verbs);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ResourcePolicyRule {\n");
    sb.append("    apiGroups: ").append(String.valueOf(apiGroups).replace("\n", "\n    ")).append('\n');
    sb.append("    clusterScope: ").append(clusterScope).append('\n');
    sb.append("    namespaces: ").append(String.valueOf(namespaces).replace("\n", "\n    ")).append('\n');
    sb.append("    resources: ").append(String.valueOf(resources).replace("\n", "\n    ")).append('\n');
    sb.append("    verbs: ").append(String.valueOf(verbs).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
