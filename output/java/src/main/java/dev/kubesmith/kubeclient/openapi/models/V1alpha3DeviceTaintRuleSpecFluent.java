package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3DeviceTaintRuleSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3DeviceTaintRuleSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3DeviceTaintRuleSpecFluent<A extends V1alpha3DeviceTaintRuleSpecFluent<A>> {
  private V1alpha3DeviceTaintSelector deviceSelector;
  private V1alpha3DeviceTaint taint;

  public V1alpha3DeviceTaintRuleSpecFluent() {}

  public V1alpha3DeviceTaintRuleSpecFluent(V1alpha3DeviceTaintRuleSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3DeviceTaintRuleSpec instance) {
    if (instance != null) {
      this.deviceSelector = instance.getDeviceSelector();
      this.taint = instance.getTaint();
    }
  }

  /** A new {@link V1alpha3DeviceTaintRuleSpec} holding what was set (lists and maps copied). */
  V1alpha3DeviceTaintRuleSpec toModel() {
    V1alpha3DeviceTaintRuleSpec o = new V1alpha3DeviceTaintRuleSpec();
    o.setDeviceSelector(deviceSelector);
    o.setTaint(taint);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1alpha3DeviceTaintSelector getDeviceSelector() {
    return deviceSelector;
  }

  public A withDeviceSelector(V1alpha3DeviceTaintSelector deviceSelector) {
    this.deviceSelector = deviceSelector;
    return self();
  }

  public boolean hasDeviceSelector() {
    return deviceSelector != null;
  }

  public V1alpha3DeviceTaintSelector buildDeviceSelector() {
    return deviceSelector;
  }

  public DeviceSelectorNested withNewDeviceSelector() {
    return new DeviceSelectorNested(null);
  }

  public DeviceSelectorNested withNewDeviceSelectorLike(V1alpha3DeviceTaintSelector item) {
    return new DeviceSelectorNested(item);
  }

  public DeviceSelectorNested editDeviceSelector() {
    return new DeviceSelectorNested(deviceSelector);
  }

  public DeviceSelectorNested editOrNewDeviceSelector() {
    return new DeviceSelectorNested(deviceSelector != null ? deviceSelector : new V1alpha3DeviceTaintSelector());
  }

  public DeviceSelectorNested editOrNewDeviceSelectorLike(V1alpha3DeviceTaintSelector item) {
    return new DeviceSelectorNested(deviceSelector != null ? deviceSelector : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DeviceSelectorNested extends V1alpha3DeviceTaintSelectorFluent<DeviceSelectorNested> {
    DeviceSelectorNested(V1alpha3DeviceTaintSelector item) {
      super(item);
    }

    public A and() {
      return V1alpha3DeviceTaintRuleSpecFluent.this.withDeviceSelector(toModel());
    }

    public A endDeviceSelector() {
      return and();
    }
  }

  public V1alpha3DeviceTaint getTaint() {
    return taint;
  }

  public A withTaint(V1alpha3DeviceTaint taint) {
    this.taint = taint;
    return self();
  }

  public boolean hasTaint() {
    return taint != null;
  }

  public V1alpha3DeviceTaint buildTaint() {
    return taint;
  }

  public TaintNested withNewTaint() {
    return new TaintNested(null);
  }

  public TaintNested withNewTaintLike(V1alpha3DeviceTaint item) {
    return new TaintNested(item);
  }

  public TaintNested editTaint() {
    return new TaintNested(taint);
  }

  public TaintNested editOrNewTaint() {
    return new TaintNested(taint != null ? taint : new V1alpha3DeviceTaint());
  }

  public TaintNested editOrNewTaintLike(V1alpha3DeviceTaint item) {
    return new TaintNested(taint != null ? taint : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class TaintNested extends V1alpha3DeviceTaintFluent<TaintNested> {
    TaintNested(V1alpha3DeviceTaint item) {
      super(item);
    }

    public A and() {
      return V1alpha3DeviceTaintRuleSpecFluent.this.withTaint(toModel());
    }

    public A endTaint() {
      return and();
    }
  }
}
