package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1PodGroupSchedulingPolicy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1PodGroupSchedulingPolicyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1PodGroupSchedulingPolicyFluent<A extends V1beta1PodGroupSchedulingPolicyFluent<A>> {
  private V1beta1BasicSchedulingPolicy basic;
  private V1beta1GangSchedulingPolicy gang;

  public V1beta1PodGroupSchedulingPolicyFluent() {}

  public V1beta1PodGroupSchedulingPolicyFluent(V1beta1PodGroupSchedulingPolicy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1PodGroupSchedulingPolicy instance) {
    if (instance != null) {
      this.basic = instance.getBasic();
      this.gang = instance.getGang();
    }
  }

  /** A new {@link V1beta1PodGroupSchedulingPolicy} holding what was set (lists and maps copied). */
  V1beta1PodGroupSchedulingPolicy toModel() {
    V1beta1PodGroupSchedulingPolicy o = new V1beta1PodGroupSchedulingPolicy();
    o.setBasic(basic);
    o.setGang(gang);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1beta1BasicSchedulingPolicy getBasic() {
    return basic;
  }

  public A withBasic(V1beta1BasicSchedulingPolicy basic) {
    this.basic = basic;
    return self();
  }

  public boolean hasBasic() {
    return basic != null;
  }

  public V1beta1BasicSchedulingPolicy buildBasic() {
    return basic;
  }

  public BasicNested withNewBasic() {
    return new BasicNested(null);
  }

  public BasicNested withNewBasicLike(V1beta1BasicSchedulingPolicy item) {
    return new BasicNested(item);
  }

  public BasicNested editBasic() {
    return new BasicNested(basic);
  }

  public BasicNested editOrNewBasic() {
    return new BasicNested(basic != null ? basic : new V1beta1BasicSchedulingPolicy());
  }

  public BasicNested editOrNewBasicLike(V1beta1BasicSchedulingPolicy item) {
    return new BasicNested(basic != null ? basic : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class BasicNested extends V1beta1BasicSchedulingPolicyFluent<BasicNested> {
    BasicNested(V1beta1BasicSchedulingPolicy item) {
      super(item);
    }

    public A and() {
      return V1beta1PodGroupSchedulingPolicyFluent.this.withBasic(toModel());
    }

    public A endBasic() {
      return and();
    }
  }

  public V1beta1GangSchedulingPolicy getGang() {
    return gang;
  }

  public A withGang(V1beta1GangSchedulingPolicy gang) {
    this.gang = gang;
    return self();
  }

  public boolean hasGang() {
    return gang != null;
  }

  public V1beta1GangSchedulingPolicy buildGang() {
    return gang;
  }

  public GangNested withNewGang() {
    return new GangNested(null);
  }

  public GangNested withNewGangLike(V1beta1GangSchedulingPolicy item) {
    return new GangNested(item);
  }

  public GangNested editGang() {
    return new GangNested(gang);
  }

  public GangNested editOrNewGang() {
    return new GangNested(gang != null ? gang : new V1beta1GangSchedulingPolicy());
  }

  public GangNested editOrNewGangLike(V1beta1GangSchedulingPolicy item) {
    return new GangNested(gang != null ? gang : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class GangNested extends V1beta1GangSchedulingPolicyFluent<GangNested> {
    GangNested(V1beta1GangSchedulingPolicy item) {
      super(item);
    }

    public A and() {
      return V1beta1PodGroupSchedulingPolicyFluent.this.withGang(toModel());
    }

    public A endGang() {
      return and();
    }
  }
}
