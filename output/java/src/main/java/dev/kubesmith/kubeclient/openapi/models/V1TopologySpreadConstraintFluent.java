package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1TopologySpreadConstraint}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1TopologySpreadConstraintBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1TopologySpreadConstraintFluent<A extends V1TopologySpreadConstraintFluent<A>> {
  private V1LabelSelector labelSelector;
  private List<String> matchLabelKeys;
  private Integer maxSkew;
  private Integer minDomains;
  private String nodeAffinityPolicy;
  private String nodeTaintsPolicy;
  private String topologyKey;
  private String whenUnsatisfiable;

  public V1TopologySpreadConstraintFluent() {}

  public V1TopologySpreadConstraintFluent(V1TopologySpreadConstraint instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1TopologySpreadConstraint instance) {
    if (instance != null) {
      this.labelSelector = instance.getLabelSelector();
      this.matchLabelKeys = instance.getMatchLabelKeys() == null ? null : new ArrayList<>(instance.getMatchLabelKeys());
      this.maxSkew = instance.getMaxSkew();
      this.minDomains = instance.getMinDomains();
      this.nodeAffinityPolicy = instance.getNodeAffinityPolicy();
      this.nodeTaintsPolicy = instance.getNodeTaintsPolicy();
      this.topologyKey = instance.getTopologyKey();
      this.whenUnsatisfiable = instance.getWhenUnsatisfiable();
    }
  }

  /** A new {@link V1TopologySpreadConstraint} holding what was set (lists and maps copied). */
  V1TopologySpreadConstraint toModel() {
    V1TopologySpreadConstraint o = new V1TopologySpreadConstraint();
    o.setLabelSelector(labelSelector);
    o.setMatchLabelKeys(matchLabelKeys == null ? null : new ArrayList<>(matchLabelKeys));
    o.setMaxSkew(maxSkew);
    o.setMinDomains(minDomains);
    o.setNodeAffinityPolicy(nodeAffinityPolicy);
    o.setNodeTaintsPolicy(nodeTaintsPolicy);
    o.setTopologyKey(topologyKey);
    o.setWhenUnsatisfiable(whenUnsatisfiable);
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
      return V1TopologySpreadConstraintFluent.this.withLabelSelector(toModel());
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

  public Integer getMaxSkew() {
    return maxSkew;
  }

  public A withMaxSkew(Integer maxSkew) {
    this.maxSkew = maxSkew;
    return self();
  }

  public boolean hasMaxSkew() {
    return maxSkew != null;
  }

  public Integer getMinDomains() {
    return minDomains;
  }

  public A withMinDomains(Integer minDomains) {
    this.minDomains = minDomains;
    return self();
  }

  public boolean hasMinDomains() {
    return minDomains != null;
  }

  public String getNodeAffinityPolicy() {
    return nodeAffinityPolicy;
  }

  public A withNodeAffinityPolicy(String nodeAffinityPolicy) {
    this.nodeAffinityPolicy = nodeAffinityPolicy;
    return self();
  }

  public boolean hasNodeAffinityPolicy() {
    return nodeAffinityPolicy != null;
  }

  public String getNodeTaintsPolicy() {
    return nodeTaintsPolicy;
  }

  public A withNodeTaintsPolicy(String nodeTaintsPolicy) {
    this.nodeTaintsPolicy = nodeTaintsPolicy;
    return self();
  }

  public boolean hasNodeTaintsPolicy() {
    return nodeTaintsPolicy != null;
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

  public String getWhenUnsatisfiable() {
    return whenUnsatisfiable;
  }

  public A withWhenUnsatisfiable(String whenUnsatisfiable) {
    this.whenUnsatisfiable = whenUnsatisfiable;
    return self();
  }

  public boolean hasWhenUnsatisfiable() {
    return whenUnsatisfiable != null;
  }
}
