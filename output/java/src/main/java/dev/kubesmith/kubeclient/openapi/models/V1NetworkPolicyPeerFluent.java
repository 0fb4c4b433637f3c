package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1NetworkPolicyPeer}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NetworkPolicyPeerBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NetworkPolicyPeerFluent<A extends V1NetworkPolicyPeerFluent<A>> {
  private V1IPBlock ipBlock;
  private V1LabelSelector namespaceSelector;
  private V1LabelSelector podSelector;

  public V1NetworkPolicyPeerFluent() {}

  public V1NetworkPolicyPeerFluent(V1NetworkPolicyPeer instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NetworkPolicyPeer instance) {
    if (instance != null) {
      this.ipBlock = instance.getIpBlock();
      this.namespaceSelector = instance.getNamespaceSelector();
      this.podSelector = instance.getPodSelector();
    }
  }

  /** A new {@link V1NetworkPolicyPeer} holding what was set (lists and maps copied). */
  V1NetworkPolicyPeer toModel() {
    V1NetworkPolicyPeer o = new V1NetworkPolicyPeer();
    o.setIpBlock(ipBlock);
    o.setNamespaceSelector(namespaceSelector);
    o.setPodSelector(podSelector);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1IPBlock getIpBlock() {
    return ipBlock;
  }

  public A withIpBlock(V1IPBlock ipBlock) {
    this.ipBlock = ipBlock;
    return self();
  }

  public boolean hasIpBlock() {
    return ipBlock != null;
  }

  public V1IPBlock buildIpBlock() {
    return ipBlock;
  }

  public IpBlockNested withNewIpBlock() {
    return new IpBlockNested(null);
  }

  public IpBlockNested withNewIpBlockLike(V1IPBlock item) {
    return new IpBlockNested(item);
  }

  public IpBlockNested editIpBlock() {
    return new IpBlockNested(ipBlock);
  }

  public IpBlockNested editOrNewIpBlock() {
    return new IpBlockNested(ipBlock != null ? ipBlock : new V1IPBlock());
  }

  public IpBlockNested editOrNewIpBlockLike(V1IPBlock item) {
    return new IpBlockNested(ipBlock != null ? ipBlock : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class IpBlockNested extends V1IPBlockFluent<IpBlockNested> {
    IpBlockNested(V1IPBlock item) {
      super(item);
    }

    public A and() {
      return V1NetworkPolicyPeerFluent.this.withIpBlock(toModel());
    }

    public A endIpBlock() {
      return and();
    }
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
      return V1NetworkPolicyPeerFluent.this.withNamespaceSelector(toModel());
    }

    public A endNamespaceSelector() {
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
      return V1NetworkPolicyPeerFluent.this.withPodSelector(toModel());
    }

    public A endPodSelector() {
      return and();
    }
  }
}
