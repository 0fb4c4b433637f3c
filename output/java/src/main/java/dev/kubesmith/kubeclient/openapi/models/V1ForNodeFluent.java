package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ForNode}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ForNodeBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ForNodeFluent<A extends V1ForNodeFluent<A>> {
  private String name;

  public V1ForNodeFluent() {}

  public V1ForNodeFluent(V1ForNode instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ForNode instance) {
    if (instance != null) {
      this.name = instance.getName();
    }
  }

  /** A new {@link V1ForNode} holding what was set (lists and maps copied). */
  V1ForNode toModel() {
    V1ForNode o = new V1ForNode();
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
