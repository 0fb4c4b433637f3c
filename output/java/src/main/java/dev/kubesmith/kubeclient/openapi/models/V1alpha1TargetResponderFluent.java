package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha1TargetResponder}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha1TargetResponderBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha1TargetResponderFluent<A extends V1alpha1TargetResponderFluent<A>> {
  private String name;
  private Integer priority;
  private String state;

  public V1alpha1TargetResponderFluent() {}

  public V1alpha1TargetResponderFluent(V1alpha1TargetResponder instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha1TargetResponder instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.priority = instance.getPriority();
      this.state = instance.getState();
    }
  }

  /** A new {@link V1alpha1TargetResponder} holding what was set (lists and maps copied). */
  V1alpha1TargetResponder toModel() {
    V1alpha1TargetResponder o = new V1alpha1TargetResponder();
    o.setName(name);
    o.setPriority(priority);
    o.setState(state);
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

  public String getState() {
    return state;
  }

  public A withState(String state) {
    this.state = state;
    return self();
  }

  public boolean hasState() {
    return state != null;
  }
}
