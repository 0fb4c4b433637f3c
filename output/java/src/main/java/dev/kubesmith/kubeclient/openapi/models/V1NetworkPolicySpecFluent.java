package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1NetworkPolicySpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NetworkPolicySpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NetworkPolicySpecFluent<A extends V1NetworkPolicySpecFluent<A>> {
  private List<V1NetworkPolicyEgressRule> egress;
  private List<V1NetworkPolicyIngressRule> ingress;
  private V1LabelSelector podSelector;
  private List<String> policyTypes;

  public V1NetworkPolicySpecFluent() {}

  public V1NetworkPolicySpecFluent(V1NetworkPolicySpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NetworkPolicySpec instance) {
    if (instance != null) {
      this.egress = instance.getEgress() == null ? null : new ArrayList<>(instance.getEgress());
      this.ingress = instance.getIngress() == null ? null : new ArrayList<>(instance.getIngress());
      this.podSelector = instance.getPodSelector();
      this.policyTypes = instance.getPolicyTypes() == null ? null : new ArrayList<>(instance.getPolicyTypes());
    }
  }

  /** A new {@link V1NetworkPolicySpec} holding what was set (lists and maps copied). */
  V1NetworkPolicySpec toModel() {
    V1NetworkPolicySpec o = new V1NetworkPolicySpec();
    o.setEgress(egress == null ? null : new ArrayList<>(egress));
    o.setIngress(ingress == null ? null : new ArrayList<>(ingress));
    o.setPodSelector(podSelector);
    o.setPolicyTypes(policyTypes == null ? null : new ArrayList<>(policyTypes));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1NetworkPolicyEgressRule> getEgress() {
    return egress;
  }

  public A withEgress(List<V1NetworkPolicyEgressRule> egress) {
    this.egress = egress == null ? null : new ArrayList<>(egress);
    return self();
  }

  public boolean hasEgress() {
    return egress != null;
  }

  public A withEgress(V1NetworkPolicyEgressRule... items) {
    this.egress = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToEgress(V1NetworkPolicyEgressRule... items) {
    for (V1NetworkPolicyEgressRule item : items) {
      addToEgress(-1, item);
    }
    return self();
  }

  public A removeFromEgress(V1NetworkPolicyEgressRule... items) {
    return removeAllFromEgress(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToEgress(int index, V1NetworkPolicyEgressRule item) {
    if (this.egress == null) {
      this.egress = new ArrayList<>();
    }
    if (index < 0 || index >= this.egress.size()) {
      this.egress.add(item);
    } else {
      this.egress.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToEgress(int index, V1NetworkPolicyEgressRule item) {
    if (index < 0 || this.egress == null || index >= this.egress.size()) {
      return addToEgress(-1, item);
    }
    this.egress.set(index, item);
    return self();
  }

  public A addAllToEgress(Collection<V1NetworkPolicyEgressRule> items) {
    for (V1NetworkPolicyEgressRule item : items) {
      addToEgress(-1, item);
    }
    return self();
  }

  public A removeAllFromEgress(Collection<V1NetworkPolicyEgressRule> items) {
    if (this.egress != null) {
      this.egress.removeAll(items);
    }
    return self();
  }

  public List<V1NetworkPolicyEgressRule> buildEgress() {
    return egress;
  }

  public V1NetworkPolicyEgressRule buildEgress(int index) {
    return this.egress.get(index);
  }

  public EgressNested addNewEgress() {
    return new EgressNested(-1, null);
  }

  public EgressNested addNewEgressLike(V1NetworkPolicyEgressRule item) {
    return new EgressNested(-1, item);
  }

  public EgressNested setNewEgressLike(int index, V1NetworkPolicyEgressRule item) {
    return new EgressNested(index, item);
  }

  public EgressNested editEgress(int index) {
    if (this.egress == null || index < 0 || index >= this.egress.size()) {
      throw new IndexOutOfBoundsException("can't edit egress [" + index + "]");
    }
    return new EgressNested(index, this.egress.get(index));
  }

  public EgressNested editFirstEgress() {
    return editEgress(0);
  }

  public EgressNested editLastEgress() {
    return editEgress(this.egress == null ? -1 : this.egress.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class EgressNested extends V1NetworkPolicyEgressRuleFluent<EgressNested> {
    private final int index;

    EgressNested(int index, V1NetworkPolicyEgressRule item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1NetworkPolicySpecFluent.this.setToEgress(index, toModel());
    }

    public A endEgress() {
      return and();
    }
  }

  public List<V1NetworkPolicyIngressRule> getIngress() {
    return ingress;
  }

  public A withIngress(List<V1NetworkPolicyIngressRule> ingress) {
    this.ingress = ingress == null ? null : new ArrayList<>(ingress);
    return self();
  }

  public boolean hasIngress() {
    return ingress != null;
  }

  public A withIngress(V1NetworkPolicyIngressRule... items) {
    this.ingress = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToIngress(V1NetworkPolicyIngressRule... items) {
    for (V1NetworkPolicyIngressRule item : items) {
      addToIngress(-1, item);
    }
    return self();
  }

  public A removeFromIngress(V1NetworkPolicyIngressRule... items) {
    return removeAllFromIngress(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToIngress(int index, V1NetworkPolicyIngressRule item) {
    if (this.ingress == null) {
      this.ingress = new ArrayList<>();
    }
    if (index < 0 || index >= this.ingress.size()) {
      this.ingress.add(item);
    } else {
      this.ingress.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToIngress(int index, V1NetworkPolicyIngressRule item) {
    if (index < 0 || this.ingress == null || index >= this.ingress.size()) {
      return addToIngress(-1, item);
    }
    this.ingress.set(index, item);
    return self();
  }

  public A addAllToIngress(Collection<V1NetworkPolicyIngressRule> items) {
    for (V1NetworkPolicyIngressRule item : items) {
      addToIngress(-1, item);
    }
    return self();
  }

  public A removeAllFromIngress(Collection<V1NetworkPolicyIngressRule> items) {
    if (this.ingress != null) {
      this.ingress.removeAll(items);
    }
    return self();
  }

  public List<V1NetworkPolicyIngressRule> buildIngress() {
    return ingress;
  }

  public V1NetworkPolicyIngressRule buildIngress(int index) {
    return this.ingress.get(index);
  }

  public IngressNested addNewIngress() {
    return new IngressNested(-1, null);
  }

  public IngressNested addNewIngressLike(V1NetworkPolicyIngressRule item) {
    return new IngressNested(-1, item);
  }

  public IngressNested setNewIngressLike(int index, V1NetworkPolicyIngressRule item) {
    return new IngressNested(index, item);
  }

  public IngressNested editIngress(int index) {
    if (this.ingress == null || index < 0 || index >= this.ingress.size()) {
      throw new IndexOutOfBoundsException("can't edit ingress [" + index + "]");
    }
    return new IngressNested(index, this.ingress.get(index));
  }

  public IngressNested editFirstIngress() {
    return editIngress(0);
  }

  public IngressNested editLastIngress() {
    return editIngress(this.ingress == null ? -1 : this.ingress.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class IngressNested extends V1NetworkPolicyIngressRuleFluent<IngressNested> {
    private final int index;

    IngressNested(int index, V1NetworkPolicyIngressRule item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1NetworkPolicySpecFluent.this.setToIngress(index, toModel());
    }

    public A endIngress() {
      return and();
    }
  }

  public V1LabelSelector getPodSelector() {
    return podSelector;
  }

  public A withPodSelector(V1LabelSelector podSelector) {
    this.podSelector = podSelector;
    return self();
  }

  public boolean hasPodSelector() {
    return podSelector != null;
  }

  public V1LabelSelector buildPodSelector() {
    return podSelector;
  }

  public PodSelectorNested withNewPodSelector() {
    return new PodSelectorNested(null);
  }

  public PodSelectorNested withNewPodSelectorLike(V1LabelSelector item) {
    return new PodSelectorNested(item);
  }

  public PodSelectorNested editPodSelector() {
    return new PodSelectorNested(podSelector);
  }

  public PodSelectorNested editOrNewPodSelector() {
    return new PodSelectorNested(podSelector != null ? podSelector : new V1LabelSelector());
  }

  public PodSelectorNested editOrNewPodSelectorLike(V1LabelSelector item) {
    return new PodSelectorNested(podSelector != null ? podSelector : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PodSelectorNested extends V1LabelSelectorFluent<PodSelectorNested> {
    PodSelectorNested(V1LabelSelector item) {
      super(item);
    }

    public A and() {
      return V1NetworkPolicySpecFluent.this.withPodSelector(toModel());
    }

    public A endPodSelector() {
      return and();
    }
  }

  public List<String> getPolicyTypes() {
    return policyTypes;
  }

  public A withPolicyTypes(List<String> policyTypes) {
    this.policyTypes = policyTypes == null ? null : new ArrayList<>(policyTypes);
    return self();
  }

  public boolean hasPolicyTypes() {
    return policyTypes != null;
  }

  public A withPolicyTypes(String... items) {
    this.policyTypes = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPolicyTypes(String... items) {
    for (String item : items) {
      addToPolicyTypes(-1, item);
    }
    return self();
  }

  public A removeFromPolicyTypes(String... items) {
    return removeAllFromPolicyTypes(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPolicyTypes(int index, String item) {
    if (this.policyTypes == null) {
      this.policyTypes = new ArrayList<>();
    }
    if (index < 0 || index >= this.policyTypes.size()) {
      this.policyTypes.add(item);
    } else {
      this.policyTypes.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToPolicyTypes(int index, String item) {
    if (index < 0 || this.policyTypes == null || index >= this.policyTypes.size()) {
      return addToPolicyTypes(-1, item);
    }
    this.policyTypes.set(index, item);
    return self();
  }

  public A addAllToPolicyTypes(Collection<String> items) {
    for (String item : items) {
      addToPolicyTypes(-1, item);
    }
    return self();
  }

  public A removeAllFromPolicyTypes(Collection<String> items) {
    if (this.policyTypes != null) {
      this.policyTypes.removeAll(items);
    }
    return self();
  }
}
