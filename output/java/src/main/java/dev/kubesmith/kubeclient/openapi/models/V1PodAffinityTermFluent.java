package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1PodAffinityTerm}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodAffinityTermBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodAffinityTermFluent<A extends V1PodAffinityTermFluent<A>> {
  private V1LabelSelector labelSelector;
  private List<String> matchLabelKeys;
  private List<String> mismatchLabelKeys;
  private V1LabelSelector namespaceSelector;
  private List<String> namespaces;
  private String topologyKey;

  public V1PodAffinityTermFluent() {}

  public V1PodAffinityTermFluent(V1PodAffinityTerm instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodAffinityTerm instance) {
    if (instance != null) {
      this.labelSelector = instance.getLabelSelector();
      this.matchLabelKeys = instance.getMatchLabelKeys() == null ? null : new ArrayList<>(instance.getMatchLabelKeys());
      this.mismatchLabelKeys = instance.getMismatchLabelKeys() == null ? null : new ArrayList<>(instance.getMismatchLabelKeys());
      this.namespaceSelector = instance.getNamespaceSelector();
      this.namespaces = instance.getNamespaces() == null ? null : new ArrayList<>(instance.getNamespaces());
      this.topologyKey = instance.getTopologyKey();
    }
  }

  /** A new {@link V1PodAffinityTerm} holding what was set (lists and maps copied). */
  V1PodAffinityTerm toModel() {
    V1PodAffinityTerm o = new V1PodAffinityTerm();
    o.setLabelSelector(labelSelector);
    o.setMatchLabelKeys(matchLabelKeys == null ? null : new ArrayList<>(matchLabelKeys));
    o.setMismatchLabelKeys(mismatchLabelKeys == null ? null : new ArrayList<>(mismatchLabelKeys));
    o.setNamespaceSelector(namespaceSelector);
    o.setNamespaces(namespaces == null ? null : new ArrayList<>(namespaces));
    o.setTopologyKey(topologyKey);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1LabelSelector getLabelSelector() {
    return labelSelector;
  }

  public A withLabelSelector(V1LabelSelector labelSelector) {
    this.labelSelector = labelSelector;
    return self();
  }

  public boolean hasLabelSelector() {
    return labelSelector != null;
  }

  public V1LabelSelector buildLabelSelector() {
    return labelSelector;
  }

  public LabelSelectorNested withNewLabelSelector() {
    return new LabelSelectorNested(null);
  }

  public LabelSelectorNested withNewLabelSelectorLike(V1LabelSelector item) {
    return new LabelSelectorNested(item);
  }

  public LabelSelectorNested editLabelSelector() {
    return new LabelSelectorNested(labelSelector);
  }

  public LabelSelectorNested editOrNewLabelSelector() {
    return new LabelSelectorNested(labelSelector != null ? labelSelector : new V1LabelSelector());
  }

  public LabelSelectorNested editOrNewLabelSelectorLike(V1LabelSelector item) {
    return new LabelSelectorNested(labelSelector != null ? labelSelector : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class LabelSelectorNested extends V1LabelSelectorFluent<LabelSelectorNested> {
    LabelSelectorNested(V1LabelSelector item) {
      super(item);
    }

    public A and() {
      return V1PodAffinityTermFluent.this.withLabelSelector(toModel());
    }

    public A endLabelSelector() {
      return and();
    }
  }

  public List<String> getMatchLabelKeys() {
    return matchLabelKeys;
  }

  public A withMatchLabelKeys(List<String> matchLabelKeys) {
    this.matchLabelKeys = matchLabelKeys == null ? null : new ArrayList<>(matchLabelKeys);
    return self();
  }

  public boolean hasMatchLabelKeys() {
    return matchLabelKeys != null;
  }

  public A withMatchLabelKeys(String... items) {
    this.matchLabelKeys = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToMatchLabelKeys(String... items) {
    for (String item : items) {
      addToMatchLabelKeys(-1, item);
    }
    return self();
  }

  public A removeFromMatchLabelKeys(String... items) {
    return removeAllFromMatchLabelKeys(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToMatchLabelKeys(int index, String item) {
    if (this.matchLabelKeys == null) {
      this.matchLabelKeys = new ArrayList<>();
    }
    if (index < 0 || index >= this.matchLabelKeys.size()) {
      this.matchLabelKeys.add(item);
    } else {
      this.matchLabelKeys.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToMatchLabelKeys(int index, String item) {
    if (index < 0 || this.matchLabelKeys == null || index >= this.matchLabelKeys.size()) {
      return addToMatchLabelKeys(-1, item);
    }
    this.matchLabelKeys.set(index, item);
    return self();
  }

  public A addAllToMatchLabelKeys(Collection<String> items) {
    for (String item : items) {
      addToMatchLabelKeys(-1, item);
    }
    return self();
  }

  public A removeAllFromMatchLabelKeys(Collection<String> items) {
    if (this.matchLabelKeys != null) {
      this.matchLabelKeys.removeAll(items);
    }
    return self();
  }

  public List<String> getMismatchLabelKeys() {
    return mismatchLabelKeys;
  }

  public A withMismatchLabelKeys(List<String> mismatchLabelKeys) {
    this.mismatchLabelKeys = mismatchLabelKeys == null ? null : new ArrayList<>(mismatchLabelKeys);
    return self();
  }

  public boolean hasMismatchLabelKeys() {
    return mismatchLabelKeys != null;
  }

  public A withMismatchLabelKeys(String... items) {
    this.mismatchLabelKeys = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToMismatchLabelKeys(String... items) {
    for (String item : items) {
      addToMismatchLabelKeys(-1, item);
    }
    return self();
  }

  public A removeFromMismatchLabelKeys(String... items) {
    return removeAllFromMismatchLabelKeys(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToMismatchLabelKeys(int index, String item) {
    if (this.mismatchLabelKeys == null) {
      this.mismatchLabelKeys = new ArrayList<>();
    }
    if (index < 0 || index >= this.mismatchLabelKeys.size()) {
      this.mismatchLabelKeys.add(item);
    } else {
      this.mismatchLabelKeys.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToMismatchLabelKeys(int index, String item) {
    if (index < 0 || this.mismatchLabelKeys == null || index >= this.mismatchLabelKeys.size()) {
      return addToMismatchLabelKeys(-1, item);
    }
    this.mismatchLabelKeys.set(index, item);
    return self();
  }

  public A addAllToMismatchLabelKeys(Collection<String> items) {
    for (String item : items) {
      addToMismatchLabelKeys(-1, item);
    }
    return self();
  }

  public A removeAllFromMismatchLabelKeys(Collection<String> items) {
    if (this.mismatchLabelKeys != null) {
      this.mismatchLabelKeys.removeAll(items);
    }
    return self();
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
      return V1PodAffinityTermFluent.this.withNamespaceSelector(toModel());
    }

    public A endNamespaceSelector() {
      return and();
    }
  }

  public List<String> getNamespaces() {
    return namespaces;
  }

  public A withNamespaces(List<String> namespaces) {
    this.namespaces = namespaces == null ? null : new ArrayList<>(namespaces);
    return self();
  }

  public boolean hasNamespaces() {
    return namespaces != null;
  }

  public A withNamespaces(String... items) {
    this.namespaces = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToNamespaces(String... items) {
    for (String item : items) {
      addToNamespaces(-1, item);
    }
    return self();
  }

  public A removeFromNamespaces(String... items) {
    return removeAllFromNamespaces(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToNamespaces(int index, String item) {
    if (this.namespaces == null) {
      this.namespaces = new ArrayList<>();
    }
    if (index < 0 || index >= this.namespaces.size()) {
      this.namespaces.add(item);
    } else {
      this.namespaces.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToNamespaces(int index, String item) {
    if (index < 0 || this.namespaces == null || index >= this.namespaces.size()) {
      return addToNamespaces(-1, item);
    }
    this.namespaces.set(index, item);
    return self();
  }

  public A addAllToNamespaces(Collection<String> items) {
    for (String item : items) {
      addToNamespaces(-1, item);
    }
    return self();
  }

  public A removeAllFromNamespaces(Collection<String> items) {
    if (this.namespaces != null) {
      this.namespaces.removeAll(items);
    }
    return self();
  }

  public String getTopologyKey() {
    return topologyKey;
  }

  public A withTopologyKey(String topologyKey) {
    this.topologyKey = topologyKey;
    return self();
  }

  public boolean hasTopologyKey() {
    return topologyKey != null;
  }
}
