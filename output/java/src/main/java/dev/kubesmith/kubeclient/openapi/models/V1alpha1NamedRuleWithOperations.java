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
 * NamedRuleWithOperations is a tuple of Operations and Resources with ResourceNames.
 */
public class V1alpha1NamedRuleWithOperations {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiGroups",
      "apiVersions",
      "operations",
      "resourceNames",
      "resources",
      "scope");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1NamedRuleWithOperations> CODEC = new Codec<V1alpha1NamedRuleWithOperations>() {
    @Override
    public V1alpha1NamedRuleWithOperations read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1NamedRuleWithOperations)");
      }
      V1alpha1NamedRuleWithOperations o = new V1alpha1NamedRuleWithOperations();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiGroups = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.apiVersions = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 2:
            o.operations = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 3:
            o.resourceNames = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 4:
            o.resources = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 5:
            o.scope = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha1NamedRuleWithOperations o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiGroups != null) {
        g.writeFieldName("apiGroups");
        Codecs.listOf(Codecs.STRING).write(g, o.apiGroups);
      }
      if (o.apiVersions != null) {
        g.writeFieldName("apiVersions");
        Codecs.listOf(Codecs.STRING).write(g, o.apiVersions);
      }
      if (o.operations != null) {
        g.writeFieldName("operations");
        Codecs.listOf(Codecs.STRING).write(g, o.operations);
      }
      if (o.resourceNames != null) {
        g.writeFieldName("resourceNames");
        Codecs.listOf(Codecs.STRING).write(g, o.resourceNames);
      }
      if (o.resources != null) {
        g.writeFieldName("resources");
        Codecs.listOf(Codecs.STRING).write(g, o.resources);
      }
      if (o.scope != null) {
        g.writeFieldName("scope");
        Codecs.STRING.write(g, o.scope);
      }
      g.writeEndObject();
    }
  };

  private List<String> apiGroups;

  private List<String> apiVersions;

  private List<String> operations;

  private List<String> resourceNames;

  private List<String> resources;

  private String scope;

  public V1alpha1NamedRuleWithOperations apiGroups(List<String> apiGroups) {
    this.apiGroups = apiGroups;
    return this;
  }

  public V1alpha1NamedRuleWithOperations addApiGroupsItem(String item) {
    if (this.apiGroups == null) {
      this.apiGroups = new ArrayList<>();
    }
    this.apiGroups.add(item);
    return this;
  }

  /**
   * apiGroups is the API groups the resources belong to. '*' is all groups. If '*' is present,
   * the length of the slice must be one. Required.
   *
   * @return apiGroups
   */
  public List<String> getApiGroups() {
    return apiGroups;
  }

  public void setApiGroups(List<String> apiGroups) {
    this.apiGroups = apiGroups;
  }

  public V1alpha1NamedRuleWithOperations apiVersions(List<String> apiVersions) {
    this.apiVersions = apiVersions;
    return this;
  }

  public V1alpha1NamedRuleWithOperations addApiVersionsItem(String item) {
    if (this.apiVersions == null) {
      this.apiVersions = new ArrayList<>();
    }
    this.apiVersions.add(item);
    return this;
  }

  /**
   * apiVersions is the API versions the resources belong to. '*' is all versions. If '*' is
   * present, the length of the slice must be one. Required.
   *
   * @return apiVersions
   */
  public List<String> getApiVersions() {
    return apiVersions;
  }

  public void setApiVersions(List<String> apiVersions) {
    this.apiVersions = apiVersions;
  }

  public V1alpha1NamedRuleWithOperations operations(List<String> operations) {
    this.operations = operations;
    return this;
  }

  public V1alpha1NamedRuleWithOperations addOperationsItem(String item) {
    if (this.operations == null) {
      this.operations = new ArrayList<>();
    }
    this.operations.add(item);
    return this;
  }

  /**
   * operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE,
   * CONNECT or * for all of those operations and any future admission operations that are added.
   * If '*' is present, the length of the slice must be one. Required.
   *
   * @return operations
   */
  public List<String> getOperations() {
    return operations;
  }

  public void setOperations(List<String> operations) {
    this.operations = operations;
  }

  public V1alpha1NamedRuleWithOperations resourceNames(List<String> resourceNames) {
    this.resourceNames = resourceNames;
    return this;
  }

  public V1alpha1NamedRuleWithOperations addResourceNamesItem(String item) {
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

  public V1alpha1NamedRuleWithOperations resources(List<String> resources) {
    this.resources = resources;
    return this;
  }

  public V1alpha1NamedRuleWithOperations addResourcesItem(String item) {
    if (this.resources == null) {
      this.resources = new ArrayList<>();
    }
    this.resources.add(item);
    return this;
  }

  /**
   * resources is a list of resources this rule applies to.
   *
   * For example: 'pods' means pods. 'pods/log' means the log subresource of pods. '*' means all
   * resources, but not subresources. 'pods/*' means all subresources of pods. '*&#47;scale'
   * means all scale subresources. '*&#47;*' means all resources and their subresources.
   *
   * If wildcard is present, the validation rule will ensure resources do not overlap with each
   * other.
   *
   * Depending on the enclosing object, subresources might not be allowed. Required.
   *
   * @return resources
   */
  public List<String> getResources() {
    return resources;
  }

  public void setResources(List<String> resources) {
    this.resources = resources;
  }

  public V1alpha1NamedRuleWithOperations scope(String scope) {
    this.scope = scope;
    return this;
  }

  /**
   * scope specifies the scope of this rule. Valid values are "Cluster", "Namespaced", and "*"
   * "Cluster" means that only cluster-scoped resources will match this rule. Namespace API
   * objects are cluster-scoped. "Namespaced" means that only namespaced resources will match
   * this rule. "*" means that there are no scope restrictions. Subresources match the scope of
   * their parent resource. Default is "*".
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
    V1alpha1NamedRuleWithOperations that = (V1alpha1NamedRuleWithOperations) other;
    return Objects.equals(apiGroups, that.apiGroups)
        && Objects.equals(apiVersions, that.apiVersions)
        && Objects.equals(operations, that.operations)
        && Objects.equals(resourceNames, that.resourceNames)
        && Objects.equals(resources, that.resources)
        && Objects.equals(scope, that.scope);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiGroups, apiVersions, operations, resourceNames, resources, scope);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha1NamedRuleWithOperations {\n");
    sb.append("    apiGroups: ").append(String.valueOf(apiGroups).replace("\n", "\n    ")).append('\n');
    sb.append("    apiVersions: ").append(String.valueOf(apiVersions).replace("\n", "\n    ")).append('\n');
    sb.append("    operations: ").append(String.valueOf(operations).replace("\n", "\n    ")).append('\n');
    sb.append("    resourceNames: ").append(String.valueOf(resourceNames).replace("\n", "\n    ")).append('\n');
    sb.append("    resources: ").append(String.valueOf(resources).replace("\n", "\n    ")).append('\n');
    sb.append("    scope: ").append(scope).append('\n');
    return sb.append("}").toString();
  }
}
