package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ClientIPConfig}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ClientIPConfigBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ClientIPConfigFluent<A extends V1ClientIPConfigFluent<A>> {
  private Integer timeoutSeconds;

  public V1ClientIPConfigFluent() {}

  public V1ClientIPConfigFluent(V1ClientIPConfig instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ClientIPConfig instance) {
    if (instance != null) {
      this.timeoutSeconds = instance.getTimeoutSeconds();
    }
  }

  /** A new {@link V1ClientIPConfig} holding what was set (lists and maps copied). */
  V1ClientIPConfig toModel() {
    V1ClientIPConfig o = new V1ClientIPConfig();
    o.setTimeoutSeconds(timeoutSeconds);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getTimeoutSeconds() {
    return timeoutSeconds;
  }

  public A withTimeoutSeconds(Integer timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
    return self();
  }

  public boolean hasTimeoutSeconds() {
    return timeoutSeconds != null;
  }
}
