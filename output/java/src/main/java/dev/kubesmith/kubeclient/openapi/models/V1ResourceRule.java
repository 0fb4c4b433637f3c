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
 * ResourceRule is the list of actions the subject is allowed to perform on resources. The list
 * ordering isn't significant, may contain duplicates, and possibly be incomplete.
 */
public class V1ResourceRule {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiGroups",
      "resourceNames",
      "resources",
      "verbs");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ResourceRule> CODEC = new Codec<V1ResourceRule>() {
    @Override
    public V1ResourceRule read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ResourceRule)");
      }
      V1ResourceRule o = new V1ResourceRule();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiGroups = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.resourceNames = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 2:
            o.resources = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 3:
            o.verbs = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ResourceRule o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiGroups != null) {
        g.writeFieldName("apiGroups");
        Codecs.listOf(Codecs.STRING).write(g, o.apiGroups);
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

  private List<String> resourceNames;

  private List<String> resources;

  private List<String> verbs;

  public V1ResourceRule apiGroups(List<String> apiGroups) {
    this.apiGroups = apiGroups;
    return this;
  }

  public V1ResourceRule addApiGroupsItem(String item) {
    if (this.apiGroups == null) {
      this.apiGroups = new ArrayList<>();
    }
    this.apiGroups.add(item);
    return this;
  }

  /**
   * apiGroups is the name of the APIGroup that contains the resources.  If multiple API groups
   * are specified, any action requested against one of the enumerated resources in any API group
   * will be allowed.  "*" means all.
   *
   * @return apiGroups
   */
  public List<String> getApiGroups() {
    return apiGroups;
  }

  public void setApiGroups(List<String> apiGroups) {
    this.apiGroups = apiGroups;
  }

  public V1ResourceRule resourceNames(List<String> resourceNames) {
    this.resourceNames = resourceNames;
    return this;
  }

  public V1ResourceRule addResourceNamesItem(String item) {
    if (this.resourceNames == null) {
      this.resourceNames = new ArrayList<>();
    }
    this.resourceNames.add(item);
    return this;
  }

  /**
   * resourceNames is an optional white list of names that the rule applies to.  An empty set
   * means that everything is allowed.  "*" means all.
   *
   * @return resourceNames
   */
  public List<String> getResourceNames() {
    return resourceNames;
  }

  public void setResourceNames(List<String> resourceNames) {
    this.resourceNames = resourceNames;
  }

  public V1ResourceRule resources(List<String> resources) {
    this.resources = resources;
    return this;
  }

  public V1ResourceRule addResourcesItem(String item) {
    if (this.resources == null) {
      this.resources = new ArrayList<>();
    }
    this.resources.add(item);
    return this;
  }

  /**
   * resources is a list of resources this rule applies to.  "*" means all in the specified
   * apiGroups.
   *  "*&#47;foo" represents the subresource 'foo' for all resources in the specified apiGroups.
   *
   * @return resources
   */
  public List<String> getResources() {
    return resources;
  }

  public void setResources(List<String> resources) {
    this.resources = resources;
  }

  public V1ResourceRule verbs(List<String> verbs) {
    this.verbs = verbs;
    return this;
  }

  public V1ResourceRule addVerbsItem(String item) {
    if (this.verbs == null) {
      this.verbs = new ArrayList<>();
    }
    this.verbs.add(item);
    return this;
  }

  /**
   * verbs is a list of kubernetes resource API verbs, like: get, list, watch, create, update,
   * delete, proxy.  "*" means all.
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
    V1ResourceRule that = (V1ResourceRule) other;
    return Objects.equals(apiGroups, that.apiGroups)
        && Objects.equals(resourceNames, that.resourceNames)
        && Objects.equals(resources, that.resources)
        && Objects.equals(verbs, that.verbs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiGroups, resourceNames, resources, verbs);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ResourceRule {\n");
    sb.append("    apiGroups: ").append(String.valueOf(apiGroups).replace("\n", "\n    ")).append('\n');
    sb.append("    resourceNames: ").append(String.valueOf(resourceNames).replace("\n", "\n    ")).append('\n');
    sb.append("    resources: ").append(String.valueOf(resources).replace("\n", "\n    ")).append('\n');
    sb.append("    verbs: ").append(String.valueOf(verbs).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
