package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3CompositePodGroupSchedulingPolicy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3CompositePodGroupSchedulingPolicyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3CompositePodGroupSchedulingPolicyFluent<A extends V1alpha3CompositePodGroupSchedulingPolicyFluent<A>> {
  private V1alpha3CompositeBasicSchedulingPolicy basic;
  private V1alpha3CompositeGangSchedulingPolicy gang;

  public V1alpha3CompositePodGroupSchedulingPolicyFluent() {}

  public V1alpha3CompositePodGroupSchedulingPolicyFluent(V1alpha3CompositePodGroupSchedulingPolicy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3CompositePodGroupSchedulingPolicy instance) {
    if (instance != null) {
      this.basic = instance.getBasic();
      this.gang = instance.getGang();
    }
  }

  /** A new {@link V1alpha3CompositePodGroupSchedulingPolicy} holding what was set (lists and maps copied). */
  V1alpha3CompositePodGroupSchedulingPolicy toModel() {
    V1alpha3CompositePodGroupSchedulingPolicy o = new V1alpha3CompositePodGroupSchedulingPolicy();
    o.setBasic(basic);
    o.setGang(gang);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1alpha3CompositeBasicSchedulingPolicy getBasic() {
    return basic;
  }

  public A withBasic(V1alpha3CompositeBasicSchedulingPolicy basic) {
    this.basic = basic;
    return self();
  }

  public boolean hasBasic() {
    return basic != null;
  }

  public V1alpha3CompositeBasicSchedulingPolicy buildBasic() {
    return basic;
  }

  public BasicNested withNewBasic() {
    return new BasicNested(null);
  }

  public BasicNested withNewBasicLike(V1alpha3CompositeBasicSchedulingPolicy item) {
    return new BasicNested(item);
  }

  public BasicNested editBasic() {
    return new BasicNested(basic);
  }

  public BasicNested editOrNewBasic() {
    return new BasicNested(basic != null ? basic : new V1alpha3CompositeBasicSchedulingPolicy());
  }

  public BasicNested editOrNewBasicLike(V1alpha3CompositeBasicSchedulingPolicy item) {
    return new BasicNested(basic != null ? basic : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class BasicNested extends V1alpha3CompositeBasicSchedulingPolicyFluent<BasicNested> {
    BasicNested(V1alpha3CompositeBasicSchedulingPolicy item) {
      super(item);
    }

    public A and() {
      return V1alpha3CompositePodGroupSchedulingPolicyFluent.this.withBasic(toModel());
    }

    public A endBasic() {
      return and();
    }
  }

  public V1alpha3CompositeGangSchedulingPolicy getGang() {
    return gang;
  }

  public A withGang(V1alpha3CompositeGangSchedulingPolicy gang) {
    this.gang = gang;
    return self();
  }

  public boolean hasGang() {
    return gang != null;
  }

  public V1alpha3CompositeGangSchedulingPolicy buildGang() {
    return gang;
  }

  public GangNested withNewGang() {
    return new GangNested(null);
  }

  public GangNested withNewGangLike(V1alpha3CompositeGangSchedulingPolicy item) {
    return new GangNested(item);
  }

  public GangNested editGang() {
    return new GangNested(gang);
  }

  public GangNested editOrNewGang() {
    return new GangNested(gang != null ? gang : new V1alpha3CompositeGangSchedulingPolicy());
  }

  public GangNested editOrNewGangLike(V1alpha3CompositeGangSchedulingPolicy item) {
    return new GangNested(gang != null ? gang : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class GangNested extends V1alpha3CompositeGangSchedulingPolicyFluent<GangNested> {
    GangNested(V1alpha3CompositeGangSchedulingPolicy item) {
      super(item);
    }

    public A and() {
      return V1alpha3CompositePodGroupSchedulingPolicyFluent.this.withGang(toModel());
    }

    public A endGang() {
      return and();
    }
  }
}
