package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1PodOS}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodOSBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodOSFluent<A extends V1PodOSFluent<A>> {
  private String name;

  public V1PodOSFluent() {}

  public V1PodOSFluent(V1PodOS instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodOS instance) {
    if (instance != null) {
      this.name = instance.getName();
    }
  }

  /** A new {@link V1PodOS} holding what was set (lists and maps copied). */
  V1PodOS toModel() {
    V1PodOS o = new V1PodOS();
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
