package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1WeightedPodAffinityTerm}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1WeightedPodAffinityTermBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1WeightedPodAffinityTermFluent<A extends V1WeightedPodAffinityTermFluent<A>> {
  private V1PodAffinityTerm podAffinityTerm;
  private Integer weight;

  public V1WeightedPodAffinityTermFluent() {}

  public V1WeightedPodAffinityTermFluent(V1WeightedPodAffinityTerm instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1WeightedPodAffinityTerm instance) {
    if (instance != null) {
      this.podAffinityTerm = instance.getPodAffinityTerm();
      this.weight = instance.getWeight();
    }
  }

  /** A new {@link V1WeightedPodAffinityTerm} holding what was set (lists and maps copied). */
  V1WeightedPodAffinityTerm toModel() {
    V1WeightedPodAffinityTerm o = new V1WeightedPodAffinityTerm();
    o.setPodAffinityTerm(podAffinityTerm);
    o.setWeight(weight);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1PodAffinityTerm getPodAffinityTerm() {
    return podAffinityTerm;
  }

  public A withPodAffinityTerm(V1PodAffinityTerm podAffinityTerm) {
    this.podAffinityTerm = podAffinityTerm;
    return self();
  }

  public boolean hasPodAffinityTerm() {
    return podAffinityTerm != null;
  }

  public V1PodAffinityTerm buildPodAffinityTerm() {
    return podAffinityTerm;
  }

  public PodAffinityTermNested withNewPodAffinityTerm() {
    return new PodAffinityTermNested(null);
  }

  public PodAffinityTermNested withNewPodAffinityTermLike(V1PodAffinityTerm item) {
    return new PodAffinityTermNested(item);
  }

  public PodAffinityTermNested editPodAffinityTerm() {
    return new PodAffinityTermNested(podAffinityTerm);
  }

  public PodAffinityTermNested editOrNewPodAffinityTerm() {
    return new PodAffinityTermNested(podAffinityTerm != null ? podAffinityTerm : new V1PodAffinityTerm());
  }

  public PodAffinityTermNested editOrNewPodAffinityTermLike(V1PodAffinityTerm item) {
    return new PodAffinityTermNested(podAffinityTerm != null ? podAffinityTerm : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PodAffinityTermNested extends V1PodAffinityTermFluent<PodAffinityTermNested> {
    PodAffinityTermNested(V1PodAffinityTerm item) {
      super(item);
    }

    public A and() {
      return V1WeightedPodAffinityTermFluent.this.withPodAffinityTerm(toModel());
    }

    public A endPodAffinityTerm() {
      return and();
    }
  }

  public Integer getWeight() {
    return weight;
  }

  public A withWeight(Integer weight) {
    this.weight = weight;
    return self();
  }

  public boolean hasWeight() {
    return weight != null;
  }
}
