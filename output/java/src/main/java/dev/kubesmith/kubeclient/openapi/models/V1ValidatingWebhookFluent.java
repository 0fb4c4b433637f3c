package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1ValidatingWebhook}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ValidatingWebhookBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ValidatingWebhookFluent<A extends V1ValidatingWebhookFluent<A>> {
  private List<String> admissionReviewVersions;
  private AdmissionregistrationV1WebhookClientConfig clientConfig;
  private String failurePolicy;
  private List<V1MatchCondition> matchConditions;
  private String matchPolicy;
  private String name;
  private V1LabelSelector namespaceSelector;
  private V1LabelSelector objectSelector;
  private List<V1RuleWithOperations> rules;
  private String sideEffects;
  private Integer timeoutSeconds;

  public V1ValidatingWebhookFluent() {}

  public V1ValidatingWebhookFluent(V1ValidatingWebhook instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ValidatingWebhook instance) {
    if (instance != null) {
      this.admissionReviewVersions = instance.getAdmissionReviewVersions() == null ? null : new ArrayList<>(instance.getAdmissionReviewVersions());
      this.clientConfig = instance.getClientConfig();
      this.failurePolicy = instance.getFailurePolicy();
      this.matchConditions = instance.getMatchConditions() == null ? null : new ArrayList<>(instance.getMatchConditions());
      this.matchPolicy = instance.getMatchPolicy();
      this.name = instance.getName();
      this.namespaceSelector = instance.getNamespaceSelector();
      this.objectSelector = instance.getObjectSelector();
      this.rules = instance.getRules() == null ? null : new ArrayList<>(instance.getRules());
      this.sideEffects = instance.getSideEffects();
      this.timeoutSeconds = instance.getTimeoutSeconds();
    }
  }

  /** A new {@link V1ValidatingWebhook} holding what was set (lists and maps copied). */
  V1ValidatingWebhook toModel() {
    V1ValidatingWebhook o = new V1ValidatingWebhook();
    o.setAdmissionReviewVersions(admissionReviewVersions == null ? null : new ArrayList<>(admissionReviewVersions));
    o.setClientConfig(clientConfig);
    o.setFailurePolicy(failurePolicy);
    o.setMatchConditions(matchConditions == null ? null : new ArrayList<>(matchConditions));
    o.setMatchPolicy(matchPolicy);
    o.setName(name);
    o.setNamespaceSelector(namespaceSelector);
    o.setObjectSelector(objectSelector);
    o.setRules(rules == null ? null : new ArrayList<>(rules));
    o.setSideEffects(sideEffects);
    o.setTimeoutSeconds(timeoutSeconds);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getAdmissionReviewVersions() {
    return admissionReviewVersions;
  }

  public A withAdmissionReviewVersions(List<String> admissionReviewVersions) {
    this.admissionReviewVersions = admissionReviewVersions == null ? null : new ArrayList<>(admissionReviewVersions);
    return self();
  }

  public boolean hasAdmissionReviewVersions() {
    return admissionReviewVersions != null;
  }

  public A withAdmissionReviewVersions(String... items) {
    this.admissionReviewVersions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToAdmissionReviewVersions(String... items) {
    for (String item : items) {
      addToAdmissionReviewVersions(-1, item);
    }
    return self();
  }

  public A removeFromAdmissionReviewVersions(String... items) {
    return removeAllFromAdmissionReviewVersions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToAdmissionReviewVersions(int index, String item) {
    if (this.admissionReviewVersions == null) {
      this.admissionReviewVersions = new ArrayList<>();
    }
    if (index < 0 || index >= this.admissionReviewVersions.size()) {
      this.admissionReviewVersions.add(item);
    } else {
      this.admissionReviewVersions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToAdmissionReviewVersions(int index, String item) {
    if (index < 0 || this.admissionReviewVersions == null || index >= this.admissionReviewVersions.size()) {
      return addToAdmissionReviewVersions(-1, item);
    }
    this.admissionReviewVersions.set(index, item);
    return self();
  }

  public A addAllToAdmissionReviewVersions(Collection<String> items) {
    for (String item : items) {
      addToAdmissionReviewVersions(-1, item);
    }
    return self();
  }

  public A removeAllFromAdmissionReviewVersions(Collection<String> items) {
    if (this.admissionReviewVersions != null) {
      this.admissionReviewVersions.removeAll(items);
    }
    return self();
  }

  public AdmissionregistrationV1WebhookClientConfig getClientConfig() {
    return clientConfig;
  }

  public A withClientConfig(AdmissionregistrationV1WebhookClientConfig clientConfig) {
    this.clientConfig = clientConfig;
    return self();
  }

  public boolean hasClientConfig() {
    return clientConfig != null;
  }

  public AdmissionregistrationV1WebhookClientConfig buildClientConfig() {
    return clientConfig;
  }

  public ClientConfigNested withNewClientConfig() {
    return new ClientConfigNested(null);
  }

  public ClientConfigNested withNewClientConfigLike(AdmissionregistrationV1WebhookClientConfig item) {
    return new ClientConfigNested(item);
  }

  public ClientConfigNested editClientConfig() {
    return new ClientConfigNested(clientConfig);
  }

  public ClientConfigNested editOrNewClientConfig() {
    return new ClientConfigNested(clientConfig != null ? clientConfig : new AdmissionregistrationV1WebhookClientConfig());
  }

  public ClientConfigNested editOrNewClientConfigLike(AdmissionregistrationV1WebhookClientConfig item) {
    return new ClientConfigNested(clientConfig != null ? clientConfig : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ClientConfigNested extends AdmissionregistrationV1WebhookClientConfigFluent<ClientConfigNested> {
    ClientConfigNested(AdmissionregistrationV1WebhookClientConfig item) {
      super(item);
    }

    public A and() {
      return V1ValidatingWebhookFluent.this.withClientConfig(toModel());
    }

    public A endClientConfig() {
      return and();
    }
  }

  public String getFailurePolicy() {
    return failurePolicy;
  }

  public A withFailurePolicy(String failurePolicy) {
    this.failurePolicy = failurePolicy;
    return self();
  }

  public boolean hasFailurePolicy() {
    return failurePolicy != null;
  }

  public List<V1MatchCondition> getMatchConditions() {
    return matchConditions;
  }

  public A withMatchConditions(List<V1MatchCondition> matchConditions) {
    this.matchConditions = matchConditions == null ? null : new ArrayList<>(matchConditions);
    return self();
  }

  public boolean hasMatchConditions() {
    return matchConditions != null;
  }

  public A withMatchConditions(V1MatchCondition... items) {
    this.matchConditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToMatchConditions(V1MatchCondition... items) {
    for (V1MatchCondition item : items) {
      addToMatchConditions(-1, item);
    }
    return self();
  }

  public A removeFromMatchConditions(V1MatchCondition... items) {
    return removeAllFromMatchConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToMatchConditions(int index, V1MatchCondition item) {
    if (this.matchConditions == null) {
      this.matchConditions = new ArrayList<>();
    }
    if (index < 0 || index >= this.matchConditions.size()) {
      this.matchConditions.add(item);
    } else {
      this.matchConditions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToMatchConditions(int index, V1MatchCondition item) {
    if (index < 0 || this.matchConditions == null || index >= this.matchConditions.size()) {
      return addToMatchConditions(-1, item);
    }
    this.matchConditions.set(index, item);
    return self();
  }

  public A addAllToMatchConditions(Collection<V1MatchCondition> items) {
    for (V1MatchCondition item : items) {
      addToMatchConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromMatchConditions(Collection<V1MatchCondition> items) {
    if (this.matchConditions != null) {
      this.matchConditions.removeAll(items);
    }
    return self();
  }

  public List<V1MatchCondition> buildMatchConditions() {
    return matchConditions;
  }

  public V1MatchCondition buildMatchCondition(int index) {
    return this.matchConditions.get(index);
  }

  public MatchConditionsNested addNewMatchCondition() {
    return new MatchConditionsNested(-1, null);
  }

  public MatchConditionsNested addNewMatchConditionLike(V1MatchCondition item) {
    return new MatchConditionsNested(-1, item);
  }

  public MatchConditionsNested setNewMatchConditionLike(int index, V1MatchCondition item) {
    return new MatchConditionsNested(index, item);
  }

  public MatchConditionsNested editMatchCondition(int index) {
    if (this.matchConditions == null || index < 0 || index >= this.matchConditions.size()) {
      throw new IndexOutOfBoundsException("can't edit matchConditions [" + index + "]");
    }
    return new MatchConditionsNested(index, this.matchConditions.get(index));
  }

  public MatchConditionsNested editFirstMatchCondition() {
    return editMatchCondition(0);
  }

  public MatchConditionsNested editLastMatchCondition() {
    return editMatchCondition(this.matchConditions == null ? -1 : this.matchConditions.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class MatchConditionsNested extends V1MatchConditionFluent<MatchConditionsNested> {
    private final int index;

    MatchConditionsNested(int index, V1MatchCondition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ValidatingWebhookFluent.this.setToMatchConditions(index, toModel());
    }

    public A endMatchCondition() {
      return and();
    }
  }

  public String getMatchPolicy() {
    return matchPolicy;
  }

  public A withMatchPolicy(String matchPolicy) {
    this.matchPolicy = matchPolicy;
    return self();
  }

  public boolean hasMatchPolicy() {
    return matchPolicy != null;
  }

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
  }

  public V1LabelSelector getNamespaceSelector() {
    return namespaceSelector;
  }

  public A withNamespaceSelector(V1LabelSelector namespaceSelector) {
    this.namespaceSelector = namespaceSelector;
    return self();
  }

  public boolean hasNamespaceSelector() {
    return namespaceSelector != null;
  }

  public V1LabelSelector buildNamespaceSelector() {
    return namespaceSelector;
  }

  public NamespaceSelectorNested withNewNamespaceSelector() {
    return new NamespaceSelectorNested(null);
  }

  public NamespaceSelectorNested withNewNamespaceSelectorLike(V1LabelSelector item) {
    return new NamespaceSelectorNested(item);
  }

  public NamespaceSelectorNested editNamespaceSelector() {
    return new NamespaceSelectorNested(namespaceSelector);
  }

  public NamespaceSelectorNested editOrNewNamespaceSelector() {
    return new NamespaceSelectorNested(namespaceSelector != null ? namespaceSelector : new V1LabelSelector());
  }

  public NamespaceSelectorNested editOrNewNamespaceSelectorLike(V1LabelSelector item) {
    return new NamespaceSelectorNested(namespaceSelector != null ? namespaceSelector : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class NamespaceSelectorNested extends V1LabelSelectorFluent<NamespaceSelectorNested> {
    NamespaceSelectorNested(V1LabelSelector item) {
      super(item);
    }

    public A and() {
      return V1ValidatingWebhookFluent.this.withNamespaceSelector(toModel());
    }

    public A endNamespaceSelector() {
      return and();
    }
  }

  public V1LabelSelector getObjectSelector() {
    return objectSelector;
  }

  public A withObjectSelector(V1LabelSelector objectSelector) {
    this.objectSelector = objectSelector;
    return self();
  }

  public boolean hasObjectSelector() {
    return objectSelector != null;
  }

  public V1LabelSelector buildObjectSelector() {
    return objectSelector;
  }

  public ObjectSelectorNested withNewObjectSelector() {
    return new ObjectSelectorNested(null);
  }

  public ObjectSelectorNested withNewObjectSelectorLike(V1LabelSelector item) {
    return new ObjectSelectorNested(item);
  }

  public ObjectSelectorNested editObjectSelector() {
    return new ObjectSelectorNested(objectSelector);
  }

  public ObjectSelectorNested editOrNewObjectSelector() {
    return new ObjectSelectorNested(objectSelector != null ? objectSelector : new V1LabelSelector());
  }

  public ObjectSelectorNested editOrNewObjectSelectorLike(V1LabelSelector item) {
    return new ObjectSelectorNested(objectSelector != null ? objectSelector : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ObjectSelectorNested extends V1LabelSelectorFluent<ObjectSelectorNested> {
    ObjectSelectorNested(V1LabelSelector item) {
      super(item);
    }

    public A and() {
      return V1ValidatingWebhookFluent.this.withObjectSelector(toModel());
    }

    public A endObjectSelector() {
      return and();
    }
  }

  public List<V1RuleWithOperations> getRules() {
    return rules;
  }

  public A withRules(List<V1RuleWithOperations> rules) {
    this.rules = rules == null ? null : new ArrayList<>(rules);
    return self();
  }

  public boolean hasRules() {
    return rules != null;
  }

  public A withRules(V1RuleWithOperations... items) {
    this.rules = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToRules(V1RuleWithOperations... items) {
    for (V1RuleWithOperations item : items) {
      addToRules(-1, item);
    }
    return self();
  }

  public A removeFromRules(V1RuleWithOperations... items) {
    return removeAllFromRules(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToRules(int index, V1RuleWithOperations item) {
    if (this.rules == null) {
      this.rules = new ArrayList<>();
    }
    if (index < 0 || index >= this.rules.size()) {
      this.rules.add(item);
    } else {
      this.rules.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToRules(int index, V1RuleWithOperations item) {
    if (index < 0 || this.rules == null || index >= this.rules.size()) {
      return addToRules(-1, item);
    }
    this.rules.set(index, item);
    return self();
  }

  public A addAllToRules(Collection<V1RuleWithOperations> items) {
    for (V1RuleWithOperations item : items) {
      addToRules(-1, item);
    }
    return self();
  }

  public A removeAllFromRules(Collection<V1RuleWithOperations> items) {
    if (this.rules != null) {
      this.rules.removeAll(items);
    }
    return self();
  }

  public List<V1RuleWithOperations> buildRules() {
    return rules;
  }

  public V1RuleWithOperations buildRule(int index) {
    return this.rules.get(index);
  }

  public RulesNested addNewRule() {
    return new RulesNested(-1, null);
  }

  public RulesNested addNewRuleLike(V1RuleWithOperations item) {
    return new RulesNested(-1, item);
  }

  public RulesNested setNewRuleLike(int index, V1RuleWithOperations item) {
    return new RulesNested(index, item);
  }

  public RulesNested editRule(int index) {
    if (this.rules == null || index < 0 || index >= this.rules.size()) {
      throw new IndexOutOfBoundsException("can't edit rules [" + index + "]");
    }
    return new RulesNested(index, this.rules.get(index));
  }

  public RulesNested editFirstRule() {
    return editRule(0);
  }

  public RulesNested editLastRule() {
    return editRule(this.rules == null ? -1 : this.rules.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class RulesNested extends V1RuleWithOperationsFluent<RulesNested> {
    private final int index;

    RulesNested(int index, V1RuleWithOperations item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ValidatingWebhookFluent.this.setToRules(index, toModel());
    }

    public A endRule() {
      return and();
    }
  }

  public String getSideEffects() {
    return sideEffects;
  }

  public A withSideEffects(String sideEffects) {
    this.sideEffects = sideEffects;
    return self();
  }

  public boolean hasSideEffects() {
    return sideEffects != null;
  }

  public Integer getTimeoutSeconds() {
    return timeoutSeconds;
  }

  public A withTimeoutSeconds(Integer timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
    return self();
  }

  public boolean hasTimeoutSeconds() {
    return timeoutSeconds != null;
  }
}
