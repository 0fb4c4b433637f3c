package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta2DeviceSelector}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta2DeviceSelectorBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta2DeviceSelectorFluent<A extends V1beta2DeviceSelectorFluent<A>> {
  private V1beta2CELDeviceSelector cel;

  public V1beta2DeviceSelectorFluent() {}

  public V1beta2DeviceSelectorFluent(V1beta2DeviceSelector instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta2DeviceSelector instance) {
    if (instance != null) {
      this.cel = instance.getCel();
    }
  }

  /** A new {@link V1beta2DeviceSelector} holding what was set (lists and maps copied). */
  V1beta2DeviceSelector toModel() {
    V1beta2DeviceSelector o = new V1beta2DeviceSelector();
    o.setCel(cel);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1beta2CELDeviceSelector getCel() {
    return cel;
  }

  public A withCel(V1beta2CELDeviceSelector cel) {
    this.cel = cel;
    return self();
  }

  public boolean hasCel() {
    return cel != null;
  }

  public V1beta2CELDeviceSelector buildCel() {
    return cel;
  }

  public CelNested withNewCel() {
    return new CelNested(null);
  }

  public CelNested withNewCelLike(V1beta2CELDeviceSelector item) {
    return new CelNested(item);
  }

  public CelNested editCel() {
    return new CelNested(cel);
  }

  public CelNested editOrNewCel() {
    return new CelNested(cel != null ? cel : new V1beta2CELDeviceSelector());
  }

  public CelNested editOrNewCelLike(V1beta2CELDeviceSelector item) {
    return new CelNested(cel != null ? cel : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class CelNested extends V1beta2CELDeviceSelectorFluent<CelNested> {
    CelNested(V1beta2CELDeviceSelector item) {
      super(item);
    }

    public A and() {
      return V1beta2DeviceSelectorFluent.this.withCel(toModel());
    }

    public A endCel() {
      return and();
    }
  }
}
