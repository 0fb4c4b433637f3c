package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3DeviceTaintSelector}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3DeviceTaintSelectorBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3DeviceTaintSelectorFluent<A extends V1alpha3DeviceTaintSelectorFluent<A>> {
  private String device;
  private String driver;
  private String pool;

  public V1alpha3DeviceTaintSelectorFluent() {}

  public V1alpha3DeviceTaintSelectorFluent(V1alpha3DeviceTaintSelector instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3DeviceTaintSelector instance) {
    if (instance != null) {
      this.device = instance.getDevice();
      this.driver = instance.getDriver();
      this.pool = instance.getPool();
    }
  }

  /** A new {@link V1alpha3DeviceTaintSelector} holding what was set (lists and maps copied). */
  V1alpha3DeviceTaintSelector toModel() {
    V1alpha3DeviceTaintSelector o = new V1alpha3DeviceTaintSelector();
    o.setDevice(device);
    o.setDriver(driver);
    o.setPool(pool);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getDevice() {
    return device;
  }

  public A withDevice(String device) {
    this.device = device;
    return self();
  }

  public boolean hasDevice() {
    return device != null;
  }

  public String getDriver() {
    return driver;
  }

  public A withDriver(String driver) {
    this.driver = driver;
    return self();
  }

  public boolean hasDriver() {
    return driver != null;
  }

  public String getPool() {
    return pool;
  }

  public A withPool(String pool) {
    this.pool = pool;
    return self();
  }

  public boolean hasPool() {
    return pool != null;
  }
}
