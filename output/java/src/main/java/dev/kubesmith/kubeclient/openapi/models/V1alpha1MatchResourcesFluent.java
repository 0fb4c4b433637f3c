package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1alpha1MatchResources}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha1MatchResourcesBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha1MatchResourcesFluent<A extends V1alpha1MatchResourcesFluent<A>> {
  private List<V1alpha1NamedRuleWithOperations> excludeResourceRules;
  private String matchPolicy;
  private V1LabelSelector namespaceSelector;
  private V1LabelSelector objectSelector;
  private List<V1alpha1NamedRuleWithOperations> resourceRules;

  public V1alpha1MatchResourcesFluent() {}

  public V1alpha1MatchResourcesFluent(V1alpha1MatchResources instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha1MatchResources instance) {
    if (instance != null) {
      this.excludeResourceRules = instance.getExcludeResourceRules() == null ? null : new ArrayList<>(instance.getExcludeResourceRules());
      this.matchPolicy = instance.getMatchPolicy();
      this.namespaceSelector = instance.getNamespaceSelector();
      this.objectSelector = instance.getObjectSelector();
      this.resourceRules = instance.getResourceRules() == null ? null : new ArrayList<>(instance.getResourceRules());
    }
  }

  /** A new {@link V1alpha1MatchResources} holding what was set (lists and maps copied). */
  V1alpha1MatchResources toModel() {
    V1alpha1MatchResources o = new V1alpha1MatchResources();
    o.setExcludeResourceRules(excludeResourceRules == null ? null : new ArrayList<>(excludeResourceRules));
    o.setMatchPolicy(matchPolicy);
    o.setNamespaceSelector(namespaceSelector);
    o.setObjectSelector(objectSelector);
    o.setResourceRules(resourceRules == null ? null : new ArrayList<>(resourceRules));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1alpha1NamedRuleWithOperations> getExcludeResourceRules() {
    return excludeResourceRules;
  }

  public A withExcludeResourceRules(List<V1alpha1NamedRuleWithOperations> excludeResourceRules) {
    this.excludeResourceRules = excludeResourceRules == null ? null : new ArrayList<>(excludeResourceRules);
    return self();
  }

  public boolean hasExcludeResourceRules() {
    return excludeResourceRules != null;
  }

  public A withExcludeResourceRules(V1alpha1NamedRuleWithOperations... items) {
    this.excludeResourceRules = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToExcludeResourceRules(V1alpha1NamedRuleWithOperations... items) {
    for (V1alpha1NamedRuleWithOperations item : items) {
      addToExcludeResourceRules(-1, item);
    }
    return self();
  }

  public A removeFromExcludeResourceRules(V1alpha1NamedRuleWithOperations... items) {
    return removeAllFromExcludeResourceRules(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToExcludeResourceRules(int index, V1alpha1NamedRuleWithOperations item) {
    if (this.excludeResourceRules == null) {
      this.excludeResourceRules = new ArrayList<>();
    }
    if (index < 0 || index >= this.excludeResourceRules.size()) {
      this.excludeResourceRules.add(item);
    } else {
      this.excludeResourceRules.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToExcludeResourceRules(int index, V1alpha1NamedRuleWithOperations item) {
    if (index < 0 || this.excludeResourceRules == null || index >= this.excludeResourceRules.size()) {
      return addToExcludeResourceRules(-1, item);
    }
    this.excludeResourceRules.set(index, item);
    return self();
  }

  public A addAllToExcludeResourceRules(Collection<V1alpha1NamedRuleWithOperations> items) {
    for (V1alpha1NamedRuleWithOperations item : items) {
      addToExcludeResourceRules(-1, item);
    }
    return self();
  }

  public A removeAllFromExcludeResourceRules(Collection<V1alpha1NamedRuleWithOperations> items) {
    if (this.excludeResourceRules != null) {
      this.excludeResourceRules.removeAll(items);
    }
    return self();
  }

  public List<V1alpha1NamedRuleWithOperations> buildExcludeResourceRules() {
    return excludeResourceRules;
  }

  public V1alpha1NamedRuleWithOperations buildExcludeResourceRule(int index) {
    return this.excludeResourceRules.get(index);
  }

  public ExcludeResourceRulesNested addNewExcludeResourceRule() {
    return new ExcludeResourceRulesNested(-1, null);
  }

  public ExcludeResourceRulesNested addNewExcludeResourceRuleLike(V1alpha1NamedRuleWithOperations item) {
    return new ExcludeResourceRulesNested(-1, item);
  }

  public ExcludeResourceRulesNested setNewExcludeResourceRuleLike(int index, V1alpha1NamedRuleWithOperations item) {
    return new ExcludeResourceRulesNested(index, item);
  }

  public ExcludeResourceRulesNested editExcludeResourceRule(int index) {
    if (this.excludeResourceRules == null || index < 0 || index >= this.excludeResourceRules.size()) {
      throw new IndexOutOfBoundsException("can't edit excludeResourceRules [" + index + "]");
    }
    return new ExcludeResourceRulesNested(index, this.excludeResourceRules.get(index));
  }

  public ExcludeResourceRulesNested editFirstExcludeResourceRule() {
    return editExcludeResourceRule(0);
  }

  public ExcludeResourceRulesNested editLastExcludeResourceRule() {
    return editExcludeResourceRule(this.excludeResourceRules == null ? -1 : this.excludeResourceRules.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ExcludeResourceRulesNested extends V1alpha1NamedRuleWithOperationsFluent<ExcludeResourceRulesNested> {
    private final int index;

    ExcludeResourceRulesNested(int index, V1alpha1NamedRuleWithOperations item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1alpha1MatchResourcesFluent.this.setToExcludeResourceRules(index, toModel());
    }

    public A endExcludeResourceRule() {
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
      return V1alpha1MatchResourcesFluent.this.withNamespaceSelector(toModel());
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
      return V1alpha1MatchResourcesFluent.this.withObjectSelector(toModel());
    }

    public A endObjectSelector() {
      return and();
    }
  }

  public List<V1alpha1NamedRuleWithOperations> getResourceRules() {
    return resourceRules;
  }

  public A withResourceRules(List<V1alpha1NamedRuleWithOperations> resourceRules) {
    this.resourceRules = resourceRules == null ? null : new ArrayList<>(resourceRules);
    return self();
  }

  public boolean hasResourceRules() {
    return resourceRules != null;
  }

  public A withResourceRules(V1alpha1NamedRuleWithOperations... items) {
    this.resourceRules = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToResourceRules(V1alpha1NamedRuleWithOperations... items) {
    for (V1alpha1NamedRuleWithOperations item : items) {
      addToResourceRules(-1, item);
    }
    return self();
  }

  public A removeFromResourceRules(V1alpha1NamedRuleWithOperations... items) {
    return removeAllFromResourceRules(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToResourceRules(int index, V1alpha1NamedRuleWithOperations item) {
    if (this.resourceRules == null) {
      this.resourceRules = new ArrayList<>();
    }
    if (index < 0 || index >= this.resourceRules.size()) {
      this.resourceRules.add(item);
    } else {
      this.resourceRules.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToResourceRules(int index, V1alpha1NamedRuleWithOperations item) {
    if (index < 0 || this.resourceRules == null || index >= this.resourceRules.size()) {
      return addToResourceRules(-1, item);
    }
    this.resourceRules.set(index, item);
    return self();
  }

  public A addAllToResourceRules(Collection<V1alpha1NamedRuleWithOperations> items) {
    for (V1alpha1NamedRuleWithOperations item : items) {
      addToResourceRules(-1, item);
    }
    return self();
  }

  public A removeAllFromResourceRules(Collection<V1alpha1NamedRuleWithOperations> items) {
    if (this.resourceRules != null) {
      this.resourceRules.removeAll(items);
    }
    return self();
  }

  public List<V1alpha1NamedRuleWithOperations> buildResourceRules() {
    return resourceRules;
  }

  public V1alpha1NamedRuleWithOperations buildResourceRule(int index) {
    return this.resourceRules.get(index);
  }

  public ResourceRulesNested addNewResourceRule() {
    return new ResourceRulesNested(-1, null);
  }

  public ResourceRulesNested addNewResourceRuleLike(V1alpha1NamedRuleWithOperations item) {
    return new ResourceRulesNested(-1, item);
  }

  public ResourceRulesNested setNewResourceRuleLike(int index, V1alpha1NamedRuleWithOperations item) {
    return new ResourceRulesNested(index, item);
  }

  public ResourceRulesNested editResourceRule(int index) {
    if (this.resourceRules == null || index < 0 || index >= this.resourceRules.size()) {
      throw new IndexOutOfBoundsException("can't edit resourceRules [" + index + "]");
    }
    return new ResourceRulesNested(index, this.resourceRules.get(index));
  }

  public ResourceRulesNested editFirstResourceRule() {
    return editResourceRule(0);
  }

  public ResourceRulesNested editLastResourceRule() {
    return editResourceRule(this.resourceRules == null ? -1 : this.resourceRules.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ResourceRulesNested extends V1alpha1NamedRuleWithOperationsFluent<ResourceRulesNested> {
    private final int index;

    ResourceRulesNested(int index, V1alpha1NamedRuleWithOperations item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1alpha1MatchResourcesFluent.this.setToResourceRules(index, toModel());
    }

    public A endResourceRule() {
      return and();
    }
  }
}
