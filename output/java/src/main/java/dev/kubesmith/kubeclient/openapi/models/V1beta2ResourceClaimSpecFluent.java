package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta2ResourceClaimSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta2ResourceClaimSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta2ResourceClaimSpecFluent<A extends V1beta2ResourceClaimSpecFluent<A>> {
  private V1beta2DeviceClaim devices;

  public V1beta2ResourceClaimSpecFluent() {}

  public V1beta2ResourceClaimSpecFluent(V1beta2ResourceClaimSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta2ResourceClaimSpec instance) {
    if (instance != null) {
      this.devices = instance.getDevices();
    }
  }

  /** A new {@link V1beta2ResourceClaimSpec} holding what was set (lists and maps copied). */
  V1beta2ResourceClaimSpec toModel() {
    V1beta2ResourceClaimSpec o = new V1beta2ResourceClaimSpec();
    o.setDevices(devices);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1beta2DeviceClaim getDevices() {
    return devices;
  }

  public A withDevices(V1beta2DeviceClaim devices) {
    this.devices = devices;
    return self();
  }

  public boolean hasDevices() {
    return devices != null;
  }

  public V1beta2DeviceClaim buildDevices() {
    return devices;
  }

  public DevicesNested withNewDevices() {
    return new DevicesNested(null);
  }

  public DevicesNested withNewDevicesLike(V1beta2DeviceClaim item) {
    return new DevicesNested(item);
  }

  public DevicesNested editDevices() {
    return new DevicesNested(devices);
  }

  public DevicesNested editOrNewDevices() {
    return new DevicesNested(devices != null ? devices : new V1beta2DeviceClaim());
  }

  public DevicesNested editOrNewDevicesLike(V1beta2DeviceClaim item) {
    return new DevicesNested(devices != null ? devices : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DevicesNested extends V1beta2DeviceClaimFluent<DevicesNested> {
    DevicesNested(V1beta2DeviceClaim item) {
      super(item);
    }

    public A and() {
      return V1beta2ResourceClaimSpecFluent.this.withDevices(toModel());
    }

    public A endDevices() {
      return and();
    }
  }
}
