package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1Affinity}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1AffinityBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1AffinityFluent<A extends V1AffinityFluent<A>> {
  private V1NodeAffinity nodeAffinity;
  private V1PodAffinity podAffinity;
  private V1PodAntiAffinity podAntiAffinity;

  public V1AffinityFluent() {}

  public V1AffinityFluent(V1Affinity instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Affinity instance) {
    if (instance != null) {
      this.nodeAffinity = instance.getNodeAffinity();
      this.podAffinity = instance.getPodAffinity();
      this.podAntiAffinity = instance.getPodAntiAffinity();
    }
  }

  /** A new {@link V1Affinity} holding what was set (lists and maps copied). */
  V1Affinity toModel() {
    V1Affinity o = new V1Affinity();
    o.setNodeAffinity(nodeAffinity);
    o.setPodAffinity(podAffinity);
    o.setPodAntiAffinity(podAntiAffinity);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1NodeAffinity getNodeAffinity() {
    return nodeAffinity;
  }

  public A withNodeAffinity(V1NodeAffinity nodeAffinity) {
    this.nodeAffinity = nodeAffinity;
    return self();
  }

  public boolean hasNodeAffinity() {
    return nodeAffinity != null;
  }

  public V1NodeAffinity buildNodeAffinity() {
    return nodeAffinity;
  }

  public NodeAffinityNested withNewNodeAffinity() {
    return new NodeAffinityNested(null);
  }

  public NodeAffinityNested withNewNodeAffinityLike(V1NodeAffinity item) {
    return new NodeAffinityNested(item);
  }

  public NodeAffinityNested editNodeAffinity() {
    return new NodeAffinityNested(nodeAffinity);
  }

  public NodeAffinityNested editOrNewNodeAffinity() {
    return new NodeAffinityNested(nodeAffinity != null ? nodeAffinity : new V1NodeAffinity());
  }

  public NodeAffinityNested editOrNewNodeAffinityLike(V1NodeAffinity item) {
    return new NodeAffinityNested(nodeAffinity != null ? nodeAffinity : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class NodeAffinityNested extends V1NodeAffinityFluent<NodeAffinityNested> {
    NodeAffinityNested(V1NodeAffinity item) {
      super(item);
    }

    public A and() {
      return V1AffinityFluent.this.withNodeAffinity(toModel());
    }

    public A endNodeAffinity() {
      return and();
    }
  }

  public V1PodAffinity getPodAffinity() {
    return podAffinity;
  }

  public A withPodAffinity(V1PodAffinity podAffinity) {
    this.podAffinity = podAffinity;
    return self();
  }

  public boolean hasPodAffinity() {
    return podAffinity != null;
  }

  public V1PodAffinity buildPodAffinity() {
    return podAffinity;
  }

  public PodAffinityNested withNewPodAffinity() {
    return new PodAffinityNested(null);
  }

  public PodAffinityNested withNewPodAffinityLike(V1PodAffinity item) {
    return new PodAffinityNested(item);
  }

  public PodAffinityNested editPodAffinity() {
    return new PodAffinityNested(podAffinity);
  }

  public PodAffinityNested editOrNewPodAffinity() {
    return new PodAffinityNested(podAffinity != null ? podAffinity : new V1PodAffinity());
  }

  public PodAffinityNested editOrNewPodAffinityLike(V1PodAffinity item) {
    return new PodAffinityNested(podAffinity != null ? podAffinity : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PodAffinityNested extends V1PodAffinityFluent<PodAffinityNested> {
    PodAffinityNested(V1PodAffinity item) {
      super(item);
    }

    public A and() {
      return V1AffinityFluent.this.withPodAffinity(toModel());
    }

    public A endPodAffinity() {
      return and();
    }
  }

  public V1PodAntiAffinity getPodAntiAffinity() {
    return podAntiAffinity;
  }

  public A withPodAntiAffinity(V1PodAntiAffinity podAntiAffinity) {
    this.podAntiAffinity = podAntiAffinity;
    return self();
  }

  public boolean hasPodAntiAffinity() {
    return podAntiAffinity != null;
  }

  public V1PodAntiAffinity buildPodAntiAffinity() {
    return podAntiAffinity;
  }

  public PodAntiAffinityNested withNewPodAntiAffinity() {
    return new PodAntiAffinityNested(null);
  }

  public PodAntiAffinityNested withNewPodAntiAffinityLike(V1PodAntiAffinity item) {
    return new PodAntiAffinityNested(item);
  }

  public PodAntiAffinityNested editPodAntiAffinity() {
    return new PodAntiAffinityNested(podAntiAffinity);
  }

  public PodAntiAffinityNested editOrNewPodAntiAffinity() {
    return new PodAntiAffinityNested(podAntiAffinity != null ? podAntiAffinity : new V1PodAntiAffinity());
  }

  public PodAntiAffinityNested editOrNewPodAntiAffinityLike(V1PodAntiAffinity item) {
    return new PodAntiAffinityNested(podAntiAffinity != null ? podAntiAffinity : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PodAntiAffinityNested extends V1PodAntiAffinityFluent<PodAntiAffinityNested> {
    PodAntiAffinityNested(V1PodAntiAffinity item) {
      super(item);
    }

    public A and() {
      return V1AffinityFluent.this.withPodAntiAffinity(toModel());
    }

    public A endPodAntiAffinity() {
      return and();
    }
  }
}
