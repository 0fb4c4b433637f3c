package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1ResourceClaimSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1ResourceClaimSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1ResourceClaimSpecFluent<A extends V1beta1ResourceClaimSpecFluent<A>> {
  private V1beta1DeviceClaim devices;

  public V1beta1ResourceClaimSpecFluent() {}

  public V1beta1ResourceClaimSpecFluent(V1beta1ResourceClaimSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1ResourceClaimSpec instance) {
    if (instance != null) {
      this.devices = instance.getDevices();
    }
  }

  /** A new {@link V1beta1ResourceClaimSpec} holding what was set (lists and maps copied). */
  V1beta1ResourceClaimSpec toModel() {
    V1beta1ResourceClaimSpec o = new V1beta1ResourceClaimSpec();
    o.setDevices(devices);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1beta1DeviceClaim getDevices() {
    return devices;
  }

  public A withDevices(V1beta1DeviceClaim devices) {
    this.devices = devices;
    return self();
  }

  public boolean hasDevices() {
    return devices != null;
  }

  public V1beta1DeviceClaim buildDevices() {
    return devices;
  }

  public DevicesNested withNewDevices() {
    return new DevicesNested(null);
  }

  public DevicesNested withNewDevicesLike(V1beta1DeviceClaim item) {
    return new DevicesNested(item);
  }

  public DevicesNested editDevices() {
    return new DevicesNested(devices);
  }

  public DevicesNested editOrNewDevices() {
    return new DevicesNested(devices != null ? devices : new V1beta1DeviceClaim());
  }

  public DevicesNested editOrNewDevicesLike(V1beta1DeviceClaim item) {
    return new DevicesNested(devices != null ? devices : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DevicesNested extends V1beta1DeviceClaimFluent<DevicesNested> {
    DevicesNested(V1beta1DeviceClaim item) {
      super(item);
    }

    public A and() {
      return V1beta1ResourceClaimSpecFluent.this.withDevices(toModel());
    }

    public A endDevices() {
      return and();
    }
  }
}
