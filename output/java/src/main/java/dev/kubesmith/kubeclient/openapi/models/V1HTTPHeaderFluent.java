package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1HTTPHeader}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1HTTPHeaderBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1HTTPHeaderFluent<A extends V1HTTPHeaderFluent<A>> {
  private String name;
  private String value;

  public V1HTTPHeaderFluent() {}

  public V1HTTPHeaderFluent(V1HTTPHeader instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1HTTPHeader instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.value = instance.getValue();
    }
  }

  /** A new {@link V1HTTPHeader} holding what was set (lists and maps copied). */
  V1HTTPHeader toModel() {
    V1HTTPHeader o = new V1HTTPHeader();
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
