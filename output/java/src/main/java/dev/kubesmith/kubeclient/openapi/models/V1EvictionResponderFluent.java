package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1EvictionResponder}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1EvictionResponderBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1EvictionResponderFluent<A extends V1EvictionResponderFluent<A>> {
  private String name;
  private Integer priority;

  public V1EvictionResponderFluent() {}

  public V1EvictionResponderFluent(V1EvictionResponder instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1EvictionResponder instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.priority = instance.getPriority();
    }
  }

  /** A new {@link V1EvictionResponder} holding what was set (lists and maps copied). */
  V1EvictionResponder toModel() {
    V1EvictionResponder o = new V1EvictionResponder();
    o.setName(name);
    o.setPriority(priority);
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

  public Integer getPriority() {
    return priority;
  }

  public A withPriority(Integer priority) {
    this.priority = priority;
    return self();
  }

  public boolean hasPriority() {
    return priority != null;
  }
}
