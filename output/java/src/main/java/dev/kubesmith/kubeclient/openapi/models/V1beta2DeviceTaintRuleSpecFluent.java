package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta2DeviceTaintRuleSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta2DeviceTaintRuleSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta2DeviceTaintRuleSpecFluent<A extends V1beta2DeviceTaintRuleSpecFluent<A>> {
  private V1beta2DeviceTaintSelector deviceSelector;
  private V1beta2DeviceTaint taint;

  public V1beta2DeviceTaintRuleSpecFluent() {}

  public V1beta2DeviceTaintRuleSpecFluent(V1beta2DeviceTaintRuleSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta2DeviceTaintRuleSpec instance) {
    if (instance != null) {
      this.deviceSelector = instance.getDeviceSelector();
      this.taint = instance.getTaint();
    }
  }

  /** A new {@link V1beta2DeviceTaintRuleSpec} holding what was set (lists and maps copied). */
  V1beta2DeviceTaintRuleSpec toModel() {
    V1beta2DeviceTaintRuleSpec o = new V1beta2DeviceTaintRuleSpec();
    o.setDeviceSelector(deviceSelector);
    o.setTaint(taint);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1beta2DeviceTaintSelector getDeviceSelector() {
    return deviceSelector;
  }

  public A withDeviceSelector(V1beta2DeviceTaintSelector deviceSelector) {
    this.deviceSelector = deviceSelector;
    return self();
  }

  public boolean hasDeviceSelector() {
    return deviceSelector != null;
  }

  public V1beta2DeviceTaintSelector buildDeviceSelector() {
    return deviceSelector;
  }

  public DeviceSelectorNested withNewDeviceSelector() {
    return new DeviceSelectorNested(null);
  }

  public DeviceSelectorNested withNewDeviceSelectorLike(V1beta2DeviceTaintSelector item) {
    return new DeviceSelectorNested(item);
  }

  public DeviceSelectorNested editDeviceSelector() {
    return new DeviceSelectorNested(deviceSelector);
  }

  public DeviceSelectorNested editOrNewDeviceSelector() {
    return new DeviceSelectorNested(deviceSelector != null ? deviceSelector : new V1beta2DeviceTaintSelector());
  }

  public DeviceSelectorNested editOrNewDeviceSelectorLike(V1beta2DeviceTaintSelector item) {
    return new DeviceSelectorNested(deviceSelector != null ? deviceSelector : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DeviceSelectorNested extends V1beta2DeviceTaintSelectorFluent<DeviceSelectorNested> {
    DeviceSelectorNested(V1beta2DeviceTaintSelector item) {
      super(item);
    }

    public A and() {
      return V1beta2DeviceTaintRuleSpecFluent.this.withDeviceSelector(toModel());
    }

    public A endDeviceSelector() {
      return and();
    }
  }

  public V1beta2DeviceTaint getTaint() {
    return taint;
  }

  public A withTaint(V1beta2DeviceTaint taint) {
    this.taint = taint;
    return self();
  }

  public boolean hasTaint() {
    return taint != null;
  }

  public V1beta2DeviceTaint buildTaint() {
    return taint;
  }

  public TaintNested withNewTaint() {
    return new TaintNested(null);
  }

  public TaintNested withNewTaintLike(V1beta2DeviceTaint item) {
    return new TaintNested(item);
  }

  public TaintNested editTaint() {
    return new TaintNested(taint);
  }

  public TaintNested editOrNewTaint() {
    return new TaintNested(taint != null ? taint : new V1beta2DeviceTaint());
  }

  public TaintNested editOrNewTaintLike(V1beta2DeviceTaint item) {
    return new TaintNested(taint != null ? taint : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class TaintNested extends V1beta2DeviceTaintFluent<TaintNested> {
    TaintNested(V1beta2DeviceTaint item) {
      super(item);
    }

    public A and() {
      return V1beta2DeviceTaintRuleSpecFluent.this.withTaint(toModel());
    }

    public A endTaint() {
      return and();
    }
  }
}
