package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1Sysctl}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SysctlBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SysctlFluent<A extends V1SysctlFluent<A>> {
  private String name;
  private String value;

  public V1SysctlFluent() {}

  public V1SysctlFluent(V1Sysctl instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Sysctl instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.value = instance.getValue();
    }
  }

  /** A new {@link V1Sysctl} holding what was set (lists and maps copied). */
  V1Sysctl toModel() {
    V1Sysctl o = new V1Sysctl();
    o.setName(name);
    o.setValue(value);
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

  public String getValue() {
    return value;
  }

  public A withValue(String value) {
    this.value = value;
    return self();
  }

  public boolean hasValue() {
    return value != null;
  }
}
