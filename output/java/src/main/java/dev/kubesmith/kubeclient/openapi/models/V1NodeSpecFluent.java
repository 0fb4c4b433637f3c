package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1NodeSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeSpecFluent<A extends V1NodeSpecFluent<A>> {
  private V1NodeConfigSource configSource;
  private String externalID;
  private String podCIDR;
  private List<String> podCIDRs;
  private V1NodePodPreemptionPolicy podPreemptionPolicy;
  private String providerID;
  private List<V1Taint> taints;
  private Boolean unschedulable;

  public V1NodeSpecFluent() {}

  public V1NodeSpecFluent(V1NodeSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeSpec instance) {
    if (instance != null) {
      this.configSource = instance.getConfigSource();
      this.externalID = instance.getExternalID();
      this.podCIDR = instance.getPodCIDR();
      this.podCIDRs = instance.getPodCIDRs() == null ? null : new ArrayList<>(instance.getPodCIDRs());
      this.podPreemptionPolicy = instance.getPodPreemptionPolicy();
      this.providerID = instance.getProviderID();
      this.taints = instance.getTaints() == null ? null : new ArrayList<>(instance.getTaints());
      this.unschedulable = instance.getUnschedulable();
    }
  }

  /** A new {@link V1NodeSpec} holding what was set (lists and maps copied). */
  V1NodeSpec toModel() {
    V1NodeSpec o = new V1NodeSpec();
    o.setConfigSource(configSource);
    o.setExternalID(externalID);
    o.setPodCIDR(podCIDR);
    o.setPodCIDRs(podCIDRs == null ? null : new ArrayList<>(podCIDRs));
    o.setPodPreemptionPolicy(podPreemptionPolicy);
    o.setProviderID(providerID);
    o.setTaints(taints == null ? null : new ArrayList<>(taints));
    o.setUnschedulable(unschedulable);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1NodeConfigSource getConfigSource() {
    return configSource;
  }

  public A withConfigSource(V1NodeConfigSource configSource) {
    this.configSource = configSource;
    return self();
  }

  public boolean hasConfigSource() {
    return configSource != null;
  }

  public V1NodeConfigSource buildConfigSource() {
    return configSource;
  }

  public ConfigSourceNested withNewConfigSource() {
    return new ConfigSourceNested(null);
  }

  public ConfigSourceNested withNewConfigSourceLike(V1NodeConfigSource item) {
    return new ConfigSourceNested(item);
  }

  public ConfigSourceNested editConfigSource() {
    return new ConfigSourceNested(configSource);
  }

  public ConfigSourceNested editOrNewConfigSource() {
    return new ConfigSourceNested(configSource != null ? configSource : new V1NodeConfigSource());
  }

  public ConfigSourceNested editOrNewConfigSourceLike(V1NodeConfigSource item) {
    return new ConfigSourceNested(configSource != null ? configSource : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ConfigSourceNested extends V1NodeConfigSourceFluent<ConfigSourceNested> {
    ConfigSourceNested(V1NodeConfigSource item) {
      super(item);
    }

    public A and() {
      return V1NodeSpecFluent.this.withConfigSource(toModel());
    }

    public A endConfigSource() {
      return and();
    }
  }

  public String getExternalID() {
    return externalID;
  }

  public A withExternalID(String externalID) {
    this.externalID = externalID;
    return self();
  }

  public boolean hasExternalID() {
    return externalID != null;
  }

  public String getPodCIDR() {
    return podCIDR;
  }

  public A withPodCIDR(String podCIDR) {
    this.podCIDR = podCIDR;
    return self();
  }

  public boolean hasPodCIDR() {
    return podCIDR != null;
  }

  public List<String> getPodCIDRs() {
    return podCIDRs;
  }

  public A withPodCIDRs(List<String> podCIDRs) {
    this.podCIDRs = podCIDRs == null ? null : new ArrayList<>(podCIDRs);
    return self();
  }

  public boolean hasPodCIDRs() {
    return podCIDRs != null;
  }

  public A withPodCIDRs(String... items) {
    this.podCIDRs = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPodCIDRs(String... items) {
    for (String item : items) {
      addToPodCIDRs(-1, item);
    }
    return self();
  }

  public A removeFromPodCIDRs(String... items) {
    return removeAllFromPodCIDRs(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPodCIDRs(int index, String item) {
    if (this.podCIDRs == null) {
      this.podCIDRs = new ArrayList<>();
    }
    if (index < 0 || index >= this.podCIDRs.size()) {
      this.podCIDRs.add(item);
    } else {
      this.podCIDRs.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToPodCIDRs(int index, String item) {
    if (index < 0 || this.podCIDRs == null || index >= this.podCIDRs.size()) {
      return addToPodCIDRs(-1, item);
    }
    this.podCIDRs.set(index, item);
    return self();
  }

  public A addAllToPodCIDRs(Collection<String> items) {
    for (String item : items) {
      addToPodCIDRs(-1, item);
    }
    return self();
  }

  public A removeAllFromPodCIDRs(Collection<String> items) {
    if (this.podCIDRs != null) {
      this.podCIDRs.removeAll(items);
    }
    return self();
  }

  public V1NodePodPreemptionPolicy getPodPreemptionPolicy() {
    return podPreemptionPolicy;
  }

  public A withPodPreemptionPolicy(V1NodePodPreemptionPolicy podPreemptionPolicy) {
    this.podPreemptionPolicy = podPreemptionPolicy;
    return self();
  }

  public boolean hasPodPreemptionPolicy() {
    return podPreemptionPolicy != null;
  }

  public V1NodePodPreemptionPolicy buildPodPreemptionPolicy() {
    return podPreemptionPolicy;
  }

  public PodPreemptionPolicyNested withNewPodPreemptionPolicy() {
    return new PodPreemptionPolicyNested(null);
  }

  public PodPreemptionPolicyNested withNewPodPreemptionPolicyLike(V1NodePodPreemptionPolicy item) {
    return new PodPreemptionPolicyNested(item);
  }

  public PodPreemptionPolicyNested editPodPreemptionPolicy() {
    return new PodPreemptionPolicyNested(podPreemptionPolicy);
  }

  public PodPreemptionPolicyNested editOrNewPodPreemptionPolicy() {
    return new PodPreemptionPolicyNested(podPreemptionPolicy != null ? podPreemptionPolicy : new V1NodePodPreemptionPolicy());
  }

  public PodPreemptionPolicyNested editOrNewPodPreemptionPolicyLike(V1NodePodPreemptionPolicy item) {
    return new PodPreemptionPolicyNested(podPreemptionPolicy != null ? podPreemptionPolicy : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PodPreemptionPolicyNested extends V1NodePodPreemptionPolicyFluent<PodPreemptionPolicyNested> {
    PodPreemptionPolicyNested(V1NodePodPreemptionPolicy item) {
      super(item);
    }

    public A and() {
      return V1NodeSpecFluent.this.withPodPreemptionPolicy(toModel());
    }

    public A endPodPreemptionPolicy() {
      return and();
    }
  }

  public String getProviderID() {
    return providerID;
  }

  public A withProviderID(String providerID) {
    this.providerID = providerID;
    return self();
  }

  public boolean hasProviderID() {
    return providerID != null;
  }

  public List<V1Taint> getTaints() {
    return taints;
  }

  public A withTaints(List<V1Taint> taints) {
    this.taints = taints == null ? null : new ArrayList<>(taints);
    return self();
  }

  public boolean hasTaints() {
    return taints != null;
  }

  public A withTaints(V1Taint... items) {
    this.taints = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToTaints(V1Taint... items) {
    for (V1Taint item : items) {
      addToTaints(-1, item);
    }
    return self();
  }

  public A removeFromTaints(V1Taint... items) {
    return removeAllFromTaints(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToTaints(int index, V1Taint item) {
    if (this.taints == null) {
      this.taints = new ArrayList<>();
    }
    if (index < 0 || index >= this.taints.size()) {
      this.taints.add(item);
    } else {
      this.taints.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToTaints(int index, V1Taint item) {
    if (index < 0 || this.taints == null || index >= this.taints.size()) {
      return addToTaints(-1, item);
    }
    this.taints.set(index, item);
    return self();
  }

  public A addAllToTaints(Collection<V1Taint> items) {
    for (V1Taint item : items) {
      addToTaints(-1, item);
    }
    return self();
  }

  public A removeAllFromTaints(Collection<V1Taint> items) {
    if (this.taints != null) {
      this.taints.removeAll(items);
    }
    return self();
  }

  public List<V1Taint> buildTaints() {
    return taints;
  }

  public V1Taint buildTaint(int index) {
    return this.taints.get(index);
  }

  public TaintsNested addNewTaint() {
    return new TaintsNested(-1, null);
  }

  public TaintsNested addNewTaintLike(V1Taint item) {
    return new TaintsNested(-1, item);
  }

  public TaintsNested setNewTaintLike(int index, V1Taint item) {
    return new TaintsNested(index, item);
  }

  public TaintsNested editTaint(int index) {
    if (this.taints == null || index < 0 || index >= this.taints.size()) {
      throw new IndexOutOfBoundsException("can't edit taints [" + index + "]");
    }
    return new TaintsNested(index, this.taints.get(index));
  }

  public TaintsNested editFirstTaint() {
    return editTaint(0);
  }

  public TaintsNested editLastTaint() {
    return editTaint(this.taints == null ? -1 : this.taints.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class TaintsNested extends V1TaintFluent<TaintsNested> {
    private final int index;

    TaintsNested(int index, V1Taint item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1NodeSpecFluent.this.setToTaints(index, toModel());
    }

    public A endTaint() {
      return and();
    }
  }

  public Boolean getUnschedulable() {
    return unschedulable;
  }

  public A withUnschedulable(Boolean unschedulable) {
    this.unschedulable = unschedulable;
    return self();
  }

  public boolean hasUnschedulable() {
    return unschedulable != null;
  }
}
