package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta2DeviceTaintSelector}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta2DeviceTaintSelectorBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta2DeviceTaintSelectorFluent<A extends V1beta2DeviceTaintSelectorFluent<A>> {
  private String device;
  private String driver;
  private String pool;

  public V1beta2DeviceTaintSelectorFluent() {}

  public V1beta2DeviceTaintSelectorFluent(V1beta2DeviceTaintSelector instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta2DeviceTaintSelector instance) {
    if (instance != null) {
      this.device = instance.getDevice();
      this.driver = instance.getDriver();
      this.pool = instance.getPool();
    }
  }

  /** A new {@link V1beta2DeviceTaintSelector} holding what was set (lists and maps copied). */
  V1beta2DeviceTaintSelector toModel() {
    V1beta2DeviceTaintSelector o = new V1beta2DeviceTaintSelector();
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
