package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ServiceBackendPort}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ServiceBackendPortBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ServiceBackendPortFluent<A extends V1ServiceBackendPortFluent<A>> {
  private String name;
  private Integer number;

  public V1ServiceBackendPortFluent() {}

  public V1ServiceBackendPortFluent(V1ServiceBackendPort instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ServiceBackendPort instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.number = instance.getNumber();
    }
  }

  /** A new {@link V1ServiceBackendPort} holding what was set (lists and maps copied). */
  V1ServiceBackendPort toModel() {
    V1ServiceBackendPort o = new V1ServiceBackendPort();
    o.setName(name);
    o.setNumber(number);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
  }

  public Integer getNumber() {
    return number;
  }

  public A withNumber(Integer number) {
    this.number = number;
    return self();
  }

  public boolean hasNumber() {
    return number != null;
  }
}
