package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1CompositePodGroupSchedulingPolicy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1CompositePodGroupSchedulingPolicyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1CompositePodGroupSchedulingPolicyFluent<A extends V1beta1CompositePodGroupSchedulingPolicyFluent<A>> {
  private V1beta1CompositeBasicSchedulingPolicy basic;
  private V1beta1CompositeGangSchedulingPolicy gang;

  public V1beta1CompositePodGroupSchedulingPolicyFluent() {}

  public V1beta1CompositePodGroupSchedulingPolicyFluent(V1beta1CompositePodGroupSchedulingPolicy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1CompositePodGroupSchedulingPolicy instance) {
    if (instance != null) {
      this.basic = instance.getBasic();
      this.gang = instance.getGang();
    }
  }

  /** A new {@link V1beta1CompositePodGroupSchedulingPolicy} holding what was set (lists and maps copied). */
  V1beta1CompositePodGroupSchedulingPolicy toModel() {
    V1beta1CompositePodGroupSchedulingPolicy o = new V1beta1CompositePodGroupSchedulingPolicy();
    o.setBasic(basic);
    o.setGang(gang);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1beta1CompositeBasicSchedulingPolicy getBasic() {
    return basic;
  }

  public A withBasic(V1beta1CompositeBasicSchedulingPolicy basic) {
    this.basic = basic;
    return self();
  }

  public boolean hasBasic() {
    return basic != null;
  }

  public V1beta1CompositeBasicSchedulingPolicy buildBasic() {
    return basic;
  }

  public BasicNested withNewBasic() {
    return new BasicNested(null);
  }

  public BasicNested withNewBasicLike(V1beta1CompositeBasicSchedulingPolicy item) {
    return new BasicNested(item);
  }

  public BasicNested editBasic() {
    return new BasicNested(basic);
  }

  public BasicNested editOrNewBasic() {
    return new BasicNested(basic != null ? basic : new V1beta1CompositeBasicSchedulingPolicy());
  }

  public BasicNested editOrNewBasicLike(V1beta1CompositeBasicSchedulingPolicy item) {
    return new BasicNested(basic != null ? basic : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class BasicNested extends V1beta1CompositeBasicSchedulingPolicyFluent<BasicNested> {
    BasicNested(V1beta1CompositeBasicSchedulingPolicy item) {
      super(item);
    }

    public A and() {
      return V1beta1CompositePodGroupSchedulingPolicyFluent.this.withBasic(toModel());
    }

    public A endBasic() {
      return and();
    }
  }

  public V1beta1CompositeGangSchedulingPolicy getGang() {
    return gang;
  }

  public A withGang(V1beta1CompositeGangSchedulingPolicy gang) {
    this.gang = gang;
    return self();
  }

  public boolean hasGang() {
    return gang != null;
  }

  public V1beta1CompositeGangSchedulingPolicy buildGang() {
    return gang;
  }

  public GangNested withNewGang() {
    return new GangNested(null);
  }

  public GangNested withNewGangLike(V1beta1CompositeGangSchedulingPolicy item) {
    return new GangNested(item);
  }

  public GangNested editGang() {
    return new GangNested(gang);
  }

  public GangNested editOrNewGang() {
    return new GangNested(gang != null ? gang : new V1beta1CompositeGangSchedulingPolicy());
  }

  public GangNested editOrNewGangLike(V1beta1CompositeGangSchedulingPolicy item) {
    return new GangNested(gang != null ? gang : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class GangNested extends V1beta1CompositeGangSchedulingPolicyFluent<GangNested> {
    GangNested(V1beta1CompositeGangSchedulingPolicy item) {
      super(item);
    }

    public A and() {
      return V1beta1CompositePodGroupSchedulingPolicyFluent.this.withGang(toModel());
    }

    public A endGang() {
      return and();
    }
  }
}
