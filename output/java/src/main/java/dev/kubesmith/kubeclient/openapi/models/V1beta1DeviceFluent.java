package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1Device}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1DeviceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1DeviceFluent<A extends V1beta1DeviceFluent<A>> {
  private V1beta1BasicDevice basic;
  private String name;

  public V1beta1DeviceFluent() {}

  public V1beta1DeviceFluent(V1beta1Device instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1Device instance) {
    if (instance != null) {
      this.basic = instance.getBasic();
      this.name = instance.getName();
    }
  }

  /** A new {@link V1beta1Device} holding what was set (lists and maps copied). */
  V1beta1Device toModel() {
    V1beta1Device o = new V1beta1Device();
    o.setBasic(basic);
    o.setName(name);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1beta1BasicDevice getBasic() {
    return basic;
  }

  public A withBasic(V1beta1BasicDevice basic) {
    this.basic = basic;
    return self();
  }

  public boolean hasBasic() {
    return basic != null;
  }

  public V1beta1BasicDevice buildBasic() {
    return basic;
  }

  public BasicNested withNewBasic() {
    return new BasicNested(null);
  }

  public BasicNested withNewBasicLike(V1beta1BasicDevice item) {
    return new BasicNested(item);
  }

  public BasicNested editBasic() {
    return new BasicNested(basic);
  }

  public BasicNested editOrNewBasic() {
    return new BasicNested(basic != null ? basic : new V1beta1BasicDevice());
  }

  public BasicNested editOrNewBasicLike(V1beta1BasicDevice item) {
    return new BasicNested(basic != null ? basic : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class BasicNested extends V1beta1BasicDeviceFluent<BasicNested> {
    BasicNested(V1beta1BasicDevice item) {
      super(item);
    }

    public A and() {
      return V1beta1DeviceFluent.this.withBasic(toModel());
    }

    public A endBasic() {
      return and();
    }
  }

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
  }
}
