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
 * MutatingWebhook describes an admission webhook and the resources and operations it applies
 * to.
 */
public class V1MutatingWebhook {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "admissionReviewVersions",
      "clientConfig",
      "failurePolicy",
      "matchConditions",
      "matchPolicy",
      "name",
      "namespaceSelector",
      "objectSelector",
      "reinvocationPolicy",
      "rules",
      "sideEffects",
      "timeoutSeconds");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1MutatingWebhook> CODEC = new Codec<V1MutatingWebhook>() {
    @Override
    public V1MutatingWebhook read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1MutatingWebhook)");
      }
      V1MutatingWebhook o = new V1MutatingWebhook();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.admissionReviewVersions = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.clientConfig = AdmissionregistrationV1WebhookClientConfig.CODEC.read(p);
            break;
          case 2:
            o.failurePolicy = Codecs.STRING.read(p);
            break;
          case 3:
            o.matchConditions = Codecs.listOf(V1MatchCondition.CODEC).read(p);
            break;
          case 4:
            o.matchPolicy = Codecs.STRING.read(p);
            break;
          case 5:
            o.name = Codecs.STRING.read(p);
            break;
          case 6:
            o.namespaceSelector = V1LabelSelector.CODEC.read(p);
            break;
          case 7:
            o.objectSelector = V1LabelSelector.CODEC.read(p);
            break;
          case 8:
            o.reinvocationPolicy = Codecs.STRING.read(p);
            break;
          case 9:
            o.rules = Codecs.listOf(V1RuleWithOperations.CODEC).read(p);
            break;
          case 10:
            o.sideEffects = Codecs.STRING.read(p);
            break;
          case 11:
            o.timeoutSeconds = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1MutatingWebhook o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.admissionReviewVersions != null) {
        g.writeFieldName("admissionReviewVersions");
        Codecs.listOf(Codecs.STRING).write(g, o.admissionReviewVersions);
      }
      if (o.clientConfig != null) {
        g.writeFieldName("clientConfig");
        AdmissionregistrationV1WebhookClientConfig.CODEC.write(g, o.clientConfig);
      }
      if (o.failurePolicy != null) {
        g.writeFieldName("failurePolicy");
        Codecs.STRING.write(g, o.failurePolicy);
      }
      if (o.matchConditions != null) {
        g.writeFieldName("matchConditions");
        Codecs.listOf(V1MatchCondition.CODEC).write(g, o.matchConditions);
      }
      if (o.matchPolicy != null) {
        g.writeFieldName("matchPolicy");
        Codecs.STRING.write(g, o.matchPolicy);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.namespaceSelector != null) {
        g.writeFieldName("namespaceSelector");
        V1LabelSelector.CODEC.write(g, o.namespaceSelector);
      }
      if (o.objectSelector != null) {
        g.writeFieldName("objectSelector");
        V1LabelSelector.CODEC.write(g, o.objectSelector);
      }
      if (o.reinvocationPolicy != null) {
        g.writeFieldName("reinvocationPolicy");
        Codecs.STRING.write(g, o.reinvocationPolicy);
      }
      if (o.rules != null) {
        g.writeFieldName("rules");
        Codecs.listOf(V1RuleWithOperations.CODEC).write(g, o.rules);
      }
      if (o.sideEffects != null) {
        g.writeFieldName("sideEffects");
        Codecs.STRING.write(g, o.sideEffects);
      }
      if (o.timeoutSeconds != null) {
        g.writeFieldName("timeoutSeconds");
        Codecs.INT32.write(g, o.timeoutSeconds);
      }
      g.writeEndObject();
    }
  };

  private List<String> admissionReviewVersions;

  private AdmissionregistrationV1WebhookClientConfig clientConfig;

  private String failurePolicy;

  private List<V1MatchCondition> matchConditions;

  private String matchPolicy;

  private String name;

  private V1LabelSelector namespaceSelector;

  private V1LabelSelector objectSelector;

  private String reinvocationPolicy;

  private List<V1RuleWithOperations> rules;

  private String sideEffects;

  private Integer timeoutSeconds;

  public V1MutatingWebhook admissionReviewVersions(List<String> admissionReviewVersions) {
    this.admissionReviewVersions = admissionReviewVersions;
    return this;
  }

  public V1MutatingWebhook addAdmissionReviewVersionsItem(String item) {
    if (this.admissionReviewVersions == null) {
      this.admissionReviewVersions = new ArrayList<>();
    }
    this.admissionReviewVersions.add(item);
    return this;
  }

  /**
   * admissionReviewVersions is an ordered list of preferred `AdmissionReview` versions the
   * Webhook expects. API server will try to use first version in the list which it supports. If
   * none of the versions specified in this list supported by API server, validation will fail
   * for this object. If a persisted webhook configuration specifies allowed versions and does
   * not include any versions known to the API Server, calls to the webhook will fail and be
   * subject to the failure policy.
   *
   * @return admissionReviewVersions
   */
  public List<String> getAdmissionReviewVersions() {
    return admissionReviewVersions;
  }

  public void setAdmissionReviewVersions(List<String> admissionReviewVersions) {
    this.admissionReviewVersions = admissionReviewVersions;
  }

  public V1MutatingWebhook clientConfig(AdmissionregistrationV1WebhookClientConfig clientConfig) {
    this.clientConfig = clientConfig;
    return this;
  }

  /**
   * clientConfig defines how to communicate with the hook. Required
   *
   * @return clientConfig
   */
  public AdmissionregistrationV1WebhookClientConfig getClientConfig() {
    return clientConfig;
  }

  public void setClientConfig(AdmissionregistrationV1WebhookClientConfig clientConfig) {
    this.clientConfig = clientConfig;
  }

  public V1MutatingWebhook failurePolicy(String failurePolicy) {
    this.failurePolicy = failurePolicy;
    return this;
  }

  /**
   * failurePolicy defines how unrecognized errors from the admission endpoint are handled -
   * allowed values are Ignore or Fail. Defaults to Fail.
   *
   * @return failurePolicy
   */
  public String getFailurePolicy() {
    return failurePolicy;
  }

  public void setFailurePolicy(String failurePolicy) {
    this.failurePolicy = failurePolicy;
  }

  public V1MutatingWebhook matchConditions(List<V1MatchCondition> matchConditions) {
    this.matchConditions = matchConditions;
    return this;
  }

  public V1MutatingWebhook addMatchConditionsItem(V1MatchCondition item) {
    if (this.matchConditions == null) {
      this.matchConditions = new ArrayList<>();
    }
    this.matchConditions.add(item);
    return this;
  }

  /**
   * matchConditions is a list of conditions that must be met for a request to be sent to this
   * webhook. Match conditions filter requests that have already been matched by the rules,
   * namespaceSelector, and objectSelector. An empty list of matchConditions matches all
   * requests. There are a maximum of 64 match conditions allowed.
   *
   * The exact matching logic is (in order):
   *   1. If ANY matchCondition evaluates to FALSE, the webhook is skipped.
   *   2. If ALL matchConditions evaluate to TRUE, the webhook is called.
   *   3. If any matchCondition evaluates to an error (but none are FALSE):
   *      - If failurePolicy=Fail, reject the request
   *      - If failurePolicy=Ignore, the error is ignored and the webhook is skipped
   *
   * @return matchConditions
   */
  public List<V1MatchCondition> getMatchConditions() {
    return matchConditions;
  }

  public void setMatchConditions(List<V1MatchCondition> matchConditions) {
    this.matchConditions = matchConditions;
  }

  public V1MutatingWebhook matchPolicy(String matchPolicy) {
    this.matchPolicy = matchPolicy;
    return this;
  }

  /**
   * matchPolicy defines how the "rules" list is used to match incoming requests. Allowed values
   * are "Exact" or "Equivalent".
   *
   * - Exact: match a request only if it exactly matches a specified rule. For example, if
   * deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, but "rules"
   * only included `apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]`, a
   * request to apps/v1beta1 or extensions/v1beta1 would not be sent to the webhook.
   *
   * - Equivalent: match a request if modifies a resource listed in rules, even via another API
   * group or version. For example, if deployments can be modified via apps/v1, apps/v1beta1, and
   * extensions/v1beta1, and "rules" only included `apiGroups:["apps"], apiVersions:["v1"],
   * resources: ["deployments"]`, a request to apps/v1beta1 or extensions/v1beta1 would be
   * converted to apps/v1 and sent to the webhook.
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

  public V1MutatingWebhook name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name is the name of the admission webhook. Name should be fully qualified, e.g.,
   * imagepolicy.kubernetes.io, where "imagepolicy" is the name of the webhook, and kubernetes.io
   * is the name of the organization. Required.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1MutatingWebhook namespaceSelector(V1LabelSelector namespaceSelector) {
    this.namespaceSelector = namespaceSelector;
    return this;
  }

  /**
   * namespaceSelector decides whether to run the webhook on an object based on whether the
   * namespace for that object matches the selector. If the object itself is a namespace, the
   * matching is performed on object.metadata.labels. If the object is another cluster scoped
   * resource, it never skips the webhook.
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
   * If instead you want to only run the webhook on any objects whose namespace is associated
   * with the "environment" of "prod" or "staging"; you will set the selector as follows:
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

  public V1MutatingWebhook objectSelector(V1LabelSelector objectSelector) {
    this.objectSelector = objectSelector;
    return this;
  }

  /**
   * objectSelector decides whether to run the webhook based on if the object has matching
   * labels. objectSelector is evaluated against both the oldObject and newObject that would be
   * sent to the webhook, and is considered to match if either object matches the selector. A
   * null object (oldObject in the case of create, or newObject in the case of delete) or an
   * object that cannot have labels (like a DeploymentRollback or a PodProxyOptions object) is
   * not considered to match. Use the object selector only if the webhook is opt-in, because end
   * users may skip the admission webhook by setting the labels. Default to the empty
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

  public V1MutatingWebhook reinvocationPolicy(String reinvocationPolicy) {
    this.reinvocationPolicy = reinvocationPolicy;
    return this;
  }

  /**
   * reinvocationPolicy indicates whether this webhook should be called multiple times as part of
   * a single admission evaluation. Allowed values are "Never" and "IfNeeded".
   *
   * Never: the webhook will not be called more than once in a single admission evaluation.
   *
   * IfNeeded: the webhook will be called at least one additional time as part of the admission
   * evaluation if the object being admitted is modified by other admission plugins after the
   * initial webhook call. Webhooks that specify this option *must* be idempotent, able to
   * process objects they previously admitted. Note: * the number of additional invocations is
   * not guaranteed to be exactly one. * if additional invocations result in further
   * modifications to the object, webhooks are not guaranteed to be invoked again. * webhooks
   * that use this option may be reordered to minimize the number of additional invocations. * to
   * validate an object after all mutations are guaranteed complete, use a validating admission
   * webhook instead.
   *
   * Defaults to "Never".
   *
   * @return reinvocationPolicy
   */
  public String getReinvocationPolicy() {
    return reinvocationPolicy;
  }

  public void setReinvocationPolicy(String reinvocationPolicy) {
    this.reinvocationPolicy = reinvocationPolicy;
  }

  public V1MutatingWebhook rules(List<V1RuleWithOperations> rules) {
    this.rules = rules;
    return this;
  }

  public V1MutatingWebhook addRulesItem(V1RuleWithOperations item) {
    if (this.rules == null) {
      this.rules = new ArrayList<>();
    }
    this.rules.add(item);
    return this;
  }

  /**
   * rules describes what operations on what resources/subresources the webhook cares about. The
   * webhook cares about an operation if it matches _any_ Rule. However, in order to prevent
   * ValidatingAdmissionWebhooks and MutatingAdmissionWebhooks from putting the cluster in a
   * state which cannot be recovered from without completely disabling the plugin,
   * ValidatingAdmissionWebhooks and MutatingAdmissionWebhooks are never called on admission
   * requests for ValidatingWebhookConfiguration and MutatingWebhookConfiguration objects.
   *
   * @return rules
   */
  public List<V1RuleWithOperations> getRules() {
    return rules;
  }

  public void setRules(List<V1RuleWithOperations> rules) {
    this.rules = rules;
  }

  public V1MutatingWebhook sideEffects(String sideEffects) {
    this.sideEffects = sideEffects;
    return this;
  }

  /**
   * sideEffects states whether this webhook has side effects. Acceptable values are: None,
   * NoneOnDryRun (webhooks created via v1beta1 may also specify Some or Unknown). Webhooks with
   * side effects MUST implement a reconciliation system, since a request may be rejected by a
   * future step in the admission chain and the side effects therefore need to be undone.
   * Requests with the dryRun attribute will be auto-rejected if they match a webhook with
   * sideEffects == Unknown or Some.
   *
   * @return sideEffects
   */
  public String getSideEffects() {
    return sideEffects;
  }

  public void setSideEffects(String sideEffects) {
    this.sideEffects = sideEffects;
  }

  public V1MutatingWebhook timeoutSeconds(Integer timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
    return this;
  }

  /**
   * timeoutSeconds specifies the timeout for this webhook. After the timeout passes, the webhook
   * call will be ignored or the API call will fail based on the failure policy. The timeout
   * value must be between 1 and 30 seconds. Default to 10 seconds.
   *
   * @return timeoutSeconds
   */
  public Integer getTimeoutSeconds() {
    return timeoutSeconds;
  }

  public void setTimeoutSeconds(Integer timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1MutatingWebhook that = (V1MutatingWebhook) other;
    return Objects.equals(admissionReviewVersions, that.admissionReviewVersions)
        && Objects.equals(clientConfig, that.clientConfig)
        && Objects.equals(failurePolicy, that.failurePolicy)
        && Objects.equals(matchConditions, that.matchConditions)
        && Objects.equals(matchPolicy, that.matchPolicy)
        && Objects.equals(name, that.name)
        && Objects.equals(namespaceSelector, that.namespaceSelector)
        && Objects.equals(objectSelector, that.objectSelector)
        && Objects.equals(reinvocationPolicy, that.reinvocationPolicy)
        && Objects.equals(rules, that.rules)
        && Objects.equals(sideEffects, that.sideEffects)
        && Objects.equals(timeoutSeconds, that.timeoutSeconds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(admissionReviewVersions, clientConfig, failurePolicy, matchConditions, matchPolicy, name, namespaceSelector, objectSelector, reinvocationPolicy, rules, sideEffects, timeoutSeconds);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1MutatingWebhook {\n");
    sb.append("    admissionReviewVersions: ").append(String.valueOf(admissionReviewVersions).replace("\n", "\n    ")).append('\n');
    sb.append("    clientConfig: ").append(String.valueOf(clientConfig).replace("\n", "\n    ")).append('\n');
    sb.append("    failurePolicy: ").append(failurePolicy).append('\n');
    sb.append("    matchConditions: ").append(String.valueOf(matchConditions).replace("\n", "\n    ")).append('\n');
    sb.append("    matchPolicy: ").append(matchPolicy).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    namespaceSelector: ").append(String.valueOf(namespaceSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    objectSelector: ").append(String.valueOf(objectSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    reinvocationPolicy: ").append(reinvocationPolicy).append('\n');
    sb.append("    rules: ").append(String.valueOf(rules).replace("\n", "\n    ")).append('\n');
    sb.append("    sideEffects: ").append(sideEffects).append('\n');
    sb.append("    timeoutSeconds: ").append(timeoutSeconds).append('\n');
    return sb.append("}").toString();
  }
}
