package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1OpaqueDeviceConfiguration}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1OpaqueDeviceConfigurationBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1OpaqueDeviceConfigurationFluent<A extends V1OpaqueDeviceConfigurationFluent<A>> {
  private String driver;
  private Object parameters;

  public V1OpaqueDeviceConfigurationFluent() {}

  public V1OpaqueDeviceConfigurationFluent(V1OpaqueDeviceConfiguration instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1OpaqueDeviceConfiguration instance) {
    if (instance != null) {
      this.driver = instance.getDriver();
      this.parameters = instance.getParameters();
    }
  }

  /** A new {@link V1OpaqueDeviceConfiguration} holding what was set (lists and maps copied). */
  V1OpaqueDeviceConfiguration toModel() {
    V1OpaqueDeviceConfiguration o = new V1OpaqueDeviceConfiguration();
    o.setDriver(driver);
    o.setParameters(parameters);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
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

  public Object getParameters() {
    return parameters;
  }

  public A withParameters(Object parameters) {
    this.parameters = parameters;
    return self();
  }

  public boolean hasParameters() {
    return parameters != null;
  }
}
