package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1DeviceSelector}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DeviceSelectorBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DeviceSelectorFluent<A extends V1DeviceSelectorFluent<A>> {
  private V1CELDeviceSelector cel;

  public V1DeviceSelectorFluent() {}

  public V1DeviceSelectorFluent(V1DeviceSelector instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DeviceSelector instance) {
    if (instance != null) {
      this.cel = instance.getCel();
    }
  }

  /** A new {@link V1DeviceSelector} holding what was set (lists and maps copied). */
  V1DeviceSelector toModel() {
    V1DeviceSelector o = new V1DeviceSelector();
    o.setCel(cel);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1CELDeviceSelector getCel() {
    return cel;
  }

  public A withCel(V1CELDeviceSelector cel) {
    this.cel = cel;
    return self();
  }

  public boolean hasCel() {
    return cel != null;
  }

  public V1CELDeviceSelector buildCel() {
    return cel;
  }

  public CelNested withNewCel() {
    return new CelNested(null);
  }

  public CelNested withNewCelLike(V1CELDeviceSelector item) {
    return new CelNested(item);
  }

  public CelNested editCel() {
    return new CelNested(cel);
  }

  public CelNested editOrNewCel() {
    return new CelNested(cel != null ? cel : new V1CELDeviceSelector());
  }

  public CelNested editOrNewCelLike(V1CELDeviceSelector item) {
    return new CelNested(cel != null ? cel : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class CelNested extends V1CELDeviceSelectorFluent<CelNested> {
    CelNested(V1CELDeviceSelector item) {
      super(item);
    }

    public A and() {
      return V1DeviceSelectorFluent.this.withCel(toModel());
    }

    public A endCel() {
      return and();
    }
  }
}
