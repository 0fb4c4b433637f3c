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
 * PolicyRule holds information that describes a policy rule, but does not contain information
 * about who the rule applies to or which namespace the rule applies to.
 */
public class V1PolicyRule {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiGroups",
      "nonResourceURLs",
      "resourceNames",
      "resources",
      "verbs");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PolicyRule> CODEC = new Codec<V1PolicyRule>() {
    @Override
    public V1PolicyRule read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PolicyRule)");
      }
      V1PolicyRule o = new V1PolicyRule();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiGroups = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.nonResourceURLs = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 2:
            o.resourceNames = Codecs.listOf(Codecs.STRING).read(p);
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
    public void write(JsonGenerator g, V1PolicyRule o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiGroups != null) {
        g.writeFieldName("apiGroups");
        Codecs.listOf(Codecs.STRING).write(g, o.apiGroups);
      }
      if (o.nonResourceURLs != null) {
        g.writeFieldName("nonResourceURLs");
        Codecs.listOf(Codecs.STRING).write(g, o.nonResourceURLs);
      }
      if (o.resourceNames != null) {
        g.writeFieldName("resourceNames");
        Codecs.listOf(Codecs.STRING).write(g, o.resourceNames);
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

  private List<String> nonResourceURLs;

  private List<String> resourceNames;

  private List<String> resources;

  private List<String> verbs;

  public V1PolicyRule apiGroups(List<String> apiGroups) {
    this.apiGroups = apiGroups;
    return this;
  }

  public V1PolicyRule addApiGroupsItem(String item) {
    if (this.apiGroups == null) {
      this.apiGroups = new ArrayList<>();
    }
    this.apiGroups.add(item);
    return this;
  }

  /**
   * apiGroups is the name of the APIGroup that contains the resources.  If multiple API groups
   * are specified, any action requested against one of the enumerated resources in any API group
   * will be allowed. "" represents the core API group and "*" represents all API groups.
   *
   * @return apiGroups
   */
  public List<String> getApiGroups() {
    return apiGroups;
  }

  public void setApiGroups(List<String> apiGroups) {
    this.apiGroups = apiGroups;
  }

  public V1PolicyRule nonResourceURLs(List<String> nonResourceURLs) {
    this.nonResourceURLs = nonResourceURLs;
    return this;
  }

  public V1PolicyRule addNonResourceURLsItem(String item) {
    if (this.nonResourceURLs == null) {
      this.nonResourceURLs = new ArrayList<>();
    }
    this.nonResourceURLs.add(item);
    return this;
  }

  /**
   * nonResourceURLs is a set of partial urls that a user should have access to.  *s are allowed,
   * but only as the full, final step in the path Since non-resource URLs are not namespaced,
   * this field is only applicable for ClusterRoles referenced from a ClusterRoleBinding. Rules
   * can either apply to API resources (such as "pods" or "secrets") or non-resource URL paths
   * (such as "/api"),  but not both.
   *
   * @return nonResourceURLs
   */
  public List<String> getNonResourceURLs() {
    return nonResourceURLs;
  }

  public void setNonResourceURLs(List<String> nonResourceURLs) {
    this.nonResourceURLs = nonResourceURLs;
  }

  public V1PolicyRule resourceNames(List<String> resourceNames) {
    this.resourceNames = resourceNames;
    return this;
  }

  public V1PolicyRule addResourceNamesItem(String item) {
    if (this.resourceNames == null) {
      this.resourceNames = new ArrayList<>();
    }
    this.resourceNames.add(item);
    return this;
  }

  /**
   * resourceNames is an optional white list of names that the rule applies to.  An empty set
   * means that everything is allowed.
   *
   * @return resourceNames
   */
  public List<String> getResourceNames() {
    return resourceNames;
  }

  public void setResourceNames(List<String> resourceNames) {
    this.resourceNames = resourceNames;
  }

  public V1PolicyRule resources(List<String> resources) {
    this.resources = resources;
    return this;
  }

  public V1PolicyRule addResourcesItem(String item) {
    if (this.resources == null) {
      this.resources = new ArrayList<>();
    }
    this.resources.add(item);
    return this;
  }

  /**
   * resources is a list of resources this rule applies to. '*' represents all resources.
   *
   * @return resources
   */
  public List<String> getResources() {
    return resources;
  }

  public void setResources(List<String> resources) {
    this.resources = resources;
  }

  public V1PolicyRule verbs(List<String> verbs) {
    this.verbs = verbs;
    return this;
  }

  public V1PolicyRule addVerbsItem(String item) {
    if (this.verbs == null) {
      this.verbs = new ArrayList<>();
    }
    this.verbs.add(item);
    return this;
  }

  /**
   * verbs is a list of Verbs that apply to ALL the ResourceKinds contained in this rule. '*'
   * represents all verbs.
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
    V1PolicyRule that = (V1PolicyRule) other;
    return Objects.equals(apiGroups, that.apiGroups)
        && Objects.equals(nonResourceURLs, that.nonResourceURLs)
        && Objects.equals(resourceNames, that.resourceNames)
        && Objects.equals(resources, that.resources)
        && Objects.equals(verbs, that.verbs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiGroups, nonResourceURLs, resourceNames, resources, verbs);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PolicyRule {\n");
    sb.append("    apiGroups: ").append(String.valueOf(apiGroups).replace("\n", "\n    ")).append('\n');
    sb.append("    nonResourceURLs: ").append(String.valueOf(nonResourceURLs).replace("\n", "\n    ")).append('\n');
    sb.append("    resourceNames: ").append(String.valueOf(resourceNames).replace("\n", "\n    ")).append('\n');
    sb.append("    resources: ").append(String.valueOf(resources).replace("\n", "\n    ")).append('\n');
    sb.append("    verbs: ").append(String.valueOf(verbs).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
