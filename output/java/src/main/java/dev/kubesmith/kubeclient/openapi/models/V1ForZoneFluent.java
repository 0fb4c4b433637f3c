package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ForZone}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ForZoneBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ForZoneFluent<A extends V1ForZoneFluent<A>> {
  private String name;

  public V1ForZoneFluent() {}

  public V1ForZoneFluent(V1ForZone instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ForZone instance) {
    if (instance != null) {
      this.name = instance.getName();
    }
  }

  /** A new {@link V1ForZone} holding what was set (lists and maps copied). */
  V1ForZone toModel() {
    V1ForZone o = new V1ForZone();
    o.setName(name);
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
}
