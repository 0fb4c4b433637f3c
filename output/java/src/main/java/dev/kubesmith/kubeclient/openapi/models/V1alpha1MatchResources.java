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
 * MatchResources decides whether to run the admission control policy on an object based on
 * whether it meets the match criteria. The exclude rules take precedence over include rules
 * (if a resource matches both, it is excluded)
 */
public class V1alpha1MatchResources {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "excludeResourceRules",
      "matchPolicy",
      "namespaceSelector",
      "objectSelector",
      "resourceRules");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1MatchResources> CODEC = new Codec<V1alpha1MatchResources>() {
    @Override
    public V1alpha1MatchResources read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1MatchResources)");
      }
      V1alpha1MatchResources o = new V1alpha1MatchResources();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.excludeResourceRules = Codecs.listOf(V1alpha1NamedRuleWithOperations.CODEC).read(p);
            break;
          case 1:
            o.matchPolicy = Codecs.STRING.read(p);
            break;
          case 2:
            o.namespaceSelector = V1LabelSelector.CODEC.read(p);
            break;
          case 3:
            o.objectSelector = V1LabelSelector.CODEC.read(p);
            break;
          case 4:
            o.resourceRules = Codecs.listOf(V1alpha1NamedRuleWithOperations.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha1MatchResources o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.excludeResourceRules != null) {
        g.writeFieldName("excludeResourceRules");
        Codecs.listOf(V1alpha1NamedRuleWithOperations.CODEC).write(g, o.excludeResourceRules);
      }
      if (o.matchPolicy != null) {
        g.writeFieldName("matchPolicy");
        Codecs.STRING.write(g, o.matchPolicy);
      }
      if (o.namespaceSelector != null) {
        g.writeFieldName("namespaceSelector");
        V1LabelSelector.CODEC.write(g, o.namespaceSelector);
      }
      if (o.objectSelector != null) {
        g.writeFieldName("objectSelector");
        V1LabelSelector.CODEC.write(g, o.objectSelector);
      }
      if (o.resourceRules != null) {
        g.writeFieldName("resourceRules");
        Codecs.listOf(V1alpha1NamedRuleWithOperations.CODEC).write(g, o.resourceRules);
      }
      g.writeEndObject();
    }
  };

  private List<V1alpha1NamedRuleWithOperations> excludeResourceRules;

  private String matchPolicy;

  private V1LabelSelector namespaceSelector;

  private V1LabelSelector objectSelector;

  private List<V1alpha1NamedRuleWithOperations> resourceRules;

  public V1alpha1MatchResources excludeResourceRules(List<V1alpha1NamedRuleWithOperations> excludeResourceRules) {
    this.excludeResourceRules = excludeResourceRules;
    return this;
  }

  public V1alpha1MatchResources addExcludeResourceRulesItem(V1alpha1NamedRuleWithOperations item) {
    if (this.excludeResourceRules == null) {
      this.excludeResourceRules = new ArrayList<>();
    }
    this.excludeResourceRules.add(item);
    return this;
  }

  /**
   * excludeResourceRules describes what operations on what resources/subresources the policy
   * should not care about. The exclude rules take precedence over include rules (if a resource
   * matches both, it is excluded)
   *
   * @return excludeResourceRules
   */
  public List<V1alpha1NamedRuleWithOperations> getExcludeResourceRules() {
    return excludeResourceRules;
  }

  public void setExcludeResourceRules(List<V1alpha1NamedRuleWithOperations> excludeResourceRules) {
    this.excludeResourceRules = excludeResourceRules;
  }

  public V1alpha1MatchResources matchPolicy(String matchPolicy) {
    this.matchPolicy = matchPolicy;
    return this;
  }

  /**
   * matchPolicy defines how the "MatchResources" list is used to match incoming requests.
   * Allowed values are "Exact" or "Equivalent".
   *
   * - Exact: match a request only if it exactly matches a specified rule. For example, if
   * deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, but "rules"
   * only included `apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]`, the
   * admission policy does not consider requests to apps/v1beta1 or extensions/v1beta1 API
   * groups.
   *
   * - Equivalent: match a request if modifies a resource listed in rules, even via another API
   * group or version. For example, if deployments can be modified via apps/v1, apps/v1beta1, and
   * extensions/v1beta1, and "rules" only included `apiGroups:["apps"], apiVersions:["v1"],
   * resources: ["deployments"]`, the admission policy **does** consider requests made to
   * apps/v1beta1 or extensions/v1beta1 API groups. The API server translates the request to a
   * matched resource API if necessary.
   *
   * Defaults to "Equivalent"
   *
   * @return matchPolicy
   */
  public String getMatchPolicy() {
    return matchPolicy;
  }

  public void setMatchPolicy(String matchPolicy) {
    this.matchPolicy = matchPolicy;
  }

  public V1alpha1MatchResources namespaceSelector(V1LabelSelector namespaceSelector) {
    this.namespaceSelector = namespaceSelector;
    return this;
  }

  /**
   * namespaceSelector decides whether to run the admission control policy on an object based on
   * whether the namespace for that object matches the selector. If the object itself is a
   * namespace, the matching is performed on object.metadata.labels. If the object is another
   * cluster scoped resource, it never skips the policy.
   *
   * For example, to run the webhook on any objects whose namespace is not associated with
   * "runlevel" of "0" or "1";  you will set the selector as follows: "namespaceSelector": {
   *   "matchExpressions": [
   *     {
   *       "key": "runlevel",
   *       "operator": "NotIn",
   *       "values": [
   *         "0",
   *         "1"
   *       ]
   *     }
   *   ]
   * }
   *
   * If instead you want to only run the policy on any objects whose namespace is associated with
   * the "environment" of "prod" or "staging"; you will set the selector as follows:
   * "namespaceSelector": {
   *   "matchExpressions": [
   *     {
   *       "key": "environment",
   *       "operator": "In",
   *       "values": [
   *         "prod",
   *         "staging"
   *       ]
   *     }
   *   ]
   * }
   *
   * See https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/ for more
   * examples of label selectors.
   *
   * Default to the empty LabelSelector, which matches everything.
   *
   * @return namespaceSelector
   */
  public V1LabelSelector getNamespaceSelector() {
    return namespaceSelector;
  }

  public void setNamespaceSelector(V1LabelSelector namespaceSelector) {
    this.namespaceSelector = namespaceSelector;
  }

  public V1alpha1MatchResources objectSelector(V1LabelSelector objectSelector) {
    this.objectSelector = objectSelector;
    return this;
  }

  /**
   * objectSelector decides whether to run the policy based on if the object has matching labels.
   * objectSelector is evaluated against both the oldObject and newObject that would be sent to
   * the policy's expression (CEL), and is considered to match if either object matches the
   * selector. A null object (oldObject in the case of create, or newObject in the case of
   * delete) or an object that cannot have labels (like a DeploymentRollback or a PodProxyOptions
   * object) is not considered to match. Use the object selector only if the webhook is opt-in,
   * because end users may skip the admission webhook by setting the labels. Default to the empty
   * LabelSelector, which matches everything.
   *
   * @return objectSelector
   */
  public V1LabelSelector getObjectSelector() {
    return objectSelector;
  }

  public void setObjectSelector(V1LabelSelector objectSelector) {
    this.objectSelector = objectSelector;
  }

  public V1alpha1MatchResources resourceRules(List<V1alpha1NamedRuleWithOperations> resourceRules) {
    this.resourceRules = resourceRules;
    return this;
  }

  public V1alpha1MatchResources addResourceRulesItem(V1alpha1NamedRuleWithOperations item) {
    if (this.resourceRules == null) {
      this.resourceRules = new ArrayList<>();
    }
    this.resourceRules.add(item);
    return this;
  }

  /**
   * resourceRules describes what operations on what resources/subresources the admission policy
   * matches. The policy cares about an operation if it matches _any_ Rule.
   *
   * @return resourceRules
   */
  public List<V1alpha1NamedRuleWithOperations> getResourceRules() {
    return resourceRules;
  }

  public void setResourceRules(List<V1alpha1NamedRuleWithOperations> resourceRules) {
    this.resourceRules = resourceRules;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha1MatchResources that = (V1alpha1MatchResources) other;
    return Objects.equals(excludeResourceRules, that.excludeResourceRules)
        && Objects.equals(matchPolicy, that.matchPolicy)
        && Objects.equals(namespaceSelector, that.namespaceSelector)
        && Objects.equals(objectSelector, that.objectSelector)
        && Objects.equals(resourceRules, that.resourceRules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(excludeResourceRules, matchPolicy, namespaceSelector, objectSelector, resourceRules);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha1MatchResources {\n");
    sb.append("    excludeResourceRules: ").append(String.valueOf(excludeResourceRules).replace("\n", "\n    ")).append('\n');
    sb.append("    matchPolicy: ").append(matchPolicy).append('\n');
    sb.append("    namespaceSelector: ").append(String.valueOf(namespaceSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    objectSelector: ").append(String.valueOf(objectSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    resourceRules: ").append(String.valueOf(resourceRules).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
