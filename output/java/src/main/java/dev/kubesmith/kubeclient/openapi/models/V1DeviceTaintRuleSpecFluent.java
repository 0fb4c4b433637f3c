package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1DeviceTaintRuleSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DeviceTaintRuleSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DeviceTaintRuleSpecFluent<A extends V1DeviceTaintRuleSpecFluent<A>> {
  private V1DeviceTaintSelector deviceSelector;
  private V1DeviceTaint taint;

  public V1DeviceTaintRuleSpecFluent() {}

  public V1DeviceTaintRuleSpecFluent(V1DeviceTaintRuleSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DeviceTaintRuleSpec instance) {
    if (instance != null) {
      this.deviceSelector = instance.getDeviceSelector();
      this.taint = instance.getTaint();
    }
  }

  /** A new {@link V1DeviceTaintRuleSpec} holding what was set (lists and maps copied). */
  V1DeviceTaintRuleSpec toModel() {
    V1DeviceTaintRuleSpec o = new V1DeviceTaintRuleSpec();
    o.setDeviceSelector(deviceSelector);
    o.setTaint(taint);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1DeviceTaintSelector getDeviceSelector() {
    return deviceSelector;
  }

  public A withDeviceSelector(V1DeviceTaintSelector deviceSelector) {
    this.deviceSelector = deviceSelector;
    return self();
  }

  public boolean hasDeviceSelector() {
    return deviceSelector != null;
  }

  public V1DeviceTaintSelector buildDeviceSelector() {
    return deviceSelector;
  }

  public DeviceSelectorNested withNewDeviceSelector() {
    return new DeviceSelectorNested(null);
  }

  public DeviceSelectorNested withNewDeviceSelectorLike(V1DeviceTaintSelector item) {
    return new DeviceSelectorNested(item);
  }

  public DeviceSelectorNested editDeviceSelector() {
    return new DeviceSelectorNested(deviceSelector);
  }

  public DeviceSelectorNested editOrNewDeviceSelector() {
    return new DeviceSelectorNested(deviceSelector != null ? deviceSelector : new V1DeviceTaintSelector());
  }

  public DeviceSelectorNested editOrNewDeviceSelectorLike(V1DeviceTaintSelector item) {
    return new DeviceSelectorNested(deviceSelector != null ? deviceSelector : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DeviceSelectorNested extends V1DeviceTaintSelectorFluent<DeviceSelectorNested> {
    DeviceSelectorNested(V1DeviceTaintSelector item) {
      super(item);
    }

    public A and() {
      return V1DeviceTaintRuleSpecFluent.this.withDeviceSelector(toModel());
    }

    public A endDeviceSelector() {
      return and();
    }
  }

  public V1DeviceTaint getTaint() {
    return taint;
  }

  public A withTaint(V1DeviceTaint taint) {
    this.taint = taint;
    return self();
  }

  public boolean hasTaint() {
    return taint != null;
  }

  public V1DeviceTaint buildTaint() {
    return taint;
  }

  public TaintNested withNewTaint() {
    return new TaintNested(null);
  }

  public TaintNested withNewTaintLike(V1DeviceTaint item) {
    return new TaintNested(item);
  }

  public TaintNested editTaint() {
    return new TaintNested(taint);
  }

  public TaintNested editOrNewTaint() {
    return new TaintNested(taint != null ? taint : new V1DeviceTaint());
  }

  public TaintNested editOrNewTaintLike(V1DeviceTaint item) {
    return new TaintNested(taint != null ? taint : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class TaintNested extends V1DeviceTaintFluent<TaintNested> {
    TaintNested(V1DeviceTaint item) {
      super(item);
    }

    public A and() {
      return V1DeviceTaintRuleSpecFluent.this.withTaint(toModel());
    }

    public A endTaint() {
      return and();
    }
  }
}
