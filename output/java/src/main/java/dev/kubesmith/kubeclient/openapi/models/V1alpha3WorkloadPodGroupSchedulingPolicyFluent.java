package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3WorkloadPodGroupSchedulingPolicy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3WorkloadPodGroupSchedulingPolicyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3WorkloadPodGroupSchedulingPolicyFluent<A extends V1alpha3WorkloadPodGroupSchedulingPolicyFluent<A>> {
  private V1alpha3WorkloadPodGroupBasicSchedulingPolicy basic;
  private V1alpha3WorkloadPodGroupGangSchedulingPolicy gang;

  public V1alpha3WorkloadPodGroupSchedulingPolicyFluent() {}

  public V1alpha3WorkloadPodGroupSchedulingPolicyFluent(V1alpha3WorkloadPodGroupSchedulingPolicy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3WorkloadPodGroupSchedulingPolicy instance) {
    if (instance != null) {
      this.basic = instance.getBasic();
      this.gang = instance.getGang();
    }
  }

  /** A new {@link V1alpha3WorkloadPodGroupSchedulingPolicy} holding what was set (lists and maps copied). */
  V1alpha3WorkloadPodGroupSchedulingPolicy toModel() {
    V1alpha3WorkloadPodGroupSchedulingPolicy o = new V1alpha3WorkloadPodGroupSchedulingPolicy();
    o.setBasic(basic);
    o.setGang(gang);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1alpha3WorkloadPodGroupBasicSchedulingPolicy getBasic() {
    return basic;
  }

  public A withBasic(V1alpha3WorkloadPodGroupBasicSchedulingPolicy basic) {
    this.basic = basic;
    return self();
  }

  public boolean hasBasic() {
    return basic != null;
  }

  public V1alpha3WorkloadPodGroupBasicSchedulingPolicy buildBasic() {
    return basic;
  }

  public BasicNested withNewBasic() {
    return new BasicNested(null);
  }

  public BasicNested withNewBasicLike(V1alpha3WorkloadPodGroupBasicSchedulingPolicy item) {
    return new BasicNested(item);
  }

  public BasicNested editBasic() {
    return new BasicNested(basic);
  }

  public BasicNested editOrNewBasic() {
    return new BasicNested(basic != null ? basic : new V1alpha3WorkloadPodGroupBasicSchedulingPolicy());
  }

  public BasicNested editOrNewBasicLike(V1alpha3WorkloadPodGroupBasicSchedulingPolicy item) {
    return new BasicNested(basic != null ? basic : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class BasicNested extends V1alpha3WorkloadPodGroupBasicSchedulingPolicyFluent<BasicNested> {
    BasicNested(V1alpha3WorkloadPodGroupBasicSchedulingPolicy item) {
      super(item);
    }

    public A and() {
      return V1alpha3WorkloadPodGroupSchedulingPolicyFluent.this.withBasic(toModel());
    }

    public A endBasic() {
      return and();
    }
  }

  public V1alpha3WorkloadPodGroupGangSchedulingPolicy getGang() {
    return gang;
  }

  public A withGang(V1alpha3WorkloadPodGroupGangSchedulingPolicy gang) {
    this.gang = gang;
    return self();
  }

  public boolean hasGang() {
    return gang != null;
  }

  public V1alpha3WorkloadPodGroupGangSchedulingPolicy buildGang() {
    return gang;
  }

  public GangNested withNewGang() {
    return new GangNested(null);
  }

  public GangNested withNewGangLike(V1alpha3WorkloadPodGroupGangSchedulingPolicy item) {
    return new GangNested(item);
  }

  public GangNested editGang() {
    return new GangNested(gang);
  }

  public GangNested editOrNewGang() {
    return new GangNested(gang != null ? gang : new V1alpha3WorkloadPodGroupGangSchedulingPolicy());
  }

  public GangNested editOrNewGangLike(V1alpha3WorkloadPodGroupGangSchedulingPolicy item) {
    return new GangNested(gang != null ? gang : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class GangNested extends V1alpha3WorkloadPodGroupGangSchedulingPolicyFluent<GangNested> {
    GangNested(V1alpha3WorkloadPodGroupGangSchedulingPolicy item) {
      super(item);
    }

    public A and() {
      return V1alpha3WorkloadPodGroupSchedulingPolicyFluent.this.withGang(toModel());
    }

    public A endGang() {
      return and();
    }
  }
}
