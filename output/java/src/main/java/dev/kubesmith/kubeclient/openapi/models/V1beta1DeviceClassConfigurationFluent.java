package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1DeviceClassConfiguration}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1DeviceClassConfigurationBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1DeviceClassConfigurationFluent<A extends V1beta1DeviceClassConfigurationFluent<A>> {
  private V1beta1OpaqueDeviceConfiguration opaque;

  public V1beta1DeviceClassConfigurationFluent() {}

  public V1beta1DeviceClassConfigurationFluent(V1beta1DeviceClassConfiguration instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1DeviceClassConfiguration instance) {
    if (instance != null) {
      this.opaque = instance.getOpaque();
    }
  }

  /** A new {@link V1beta1DeviceClassConfiguration} holding what was set (lists and maps copied). */
  V1beta1DeviceClassConfiguration toModel() {
    V1beta1DeviceClassConfiguration o = new V1beta1DeviceClassConfiguration();
    o.setOpaque(opaque);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1beta1OpaqueDeviceConfiguration getOpaque() {
    return opaque;
  }

  public A withOpaque(V1beta1OpaqueDeviceConfiguration opaque) {
    this.opaque = opaque;
    return self();
  }

  public boolean hasOpaque() {
    return opaque != null;
  }

  public V1beta1OpaqueDeviceConfiguration buildOpaque() {
    return opaque;
  }

  public OpaqueNested withNewOpaque() {
    return new OpaqueNested(null);
  }

  public OpaqueNested withNewOpaqueLike(V1beta1OpaqueDeviceConfiguration item) {
    return new OpaqueNested(item);
  }

  public OpaqueNested editOpaque() {
    return new OpaqueNested(opaque);
  }

  public OpaqueNested editOrNewOpaque() {
    return new OpaqueNested(opaque != null ? opaque : new V1beta1OpaqueDeviceConfiguration());
  }

  public OpaqueNested editOrNewOpaqueLike(V1beta1OpaqueDeviceConfiguration item) {
    return new OpaqueNested(opaque != null ? opaque : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class OpaqueNested extends V1beta1OpaqueDeviceConfigurationFluent<OpaqueNested> {
    OpaqueNested(V1beta1OpaqueDeviceConfiguration item) {
      super(item);
    }

    public A and() {
      return V1beta1DeviceClassConfigurationFluent.this.withOpaque(toModel());
    }

    public A endOpaque() {
      return and();
    }
  }
}
