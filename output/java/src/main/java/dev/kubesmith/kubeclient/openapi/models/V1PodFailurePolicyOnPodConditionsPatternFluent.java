package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1PodFailurePolicyOnPodConditionsPattern}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodFailurePolicyOnPodConditionsPatternBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodFailurePolicyOnPodConditionsPatternFluent<A extends V1PodFailurePolicyOnPodConditionsPatternFluent<A>> {
  private String status;
  private String type;

  public V1PodFailurePolicyOnPodConditionsPatternFluent() {}

  public V1PodFailurePolicyOnPodConditionsPatternFluent(V1PodFailurePolicyOnPodConditionsPattern instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodFailurePolicyOnPodConditionsPattern instance) {
    if (instance != null) {
      this.status = instance.getStatus();
      this.type = instance.getType();
    }
  }

  /** A new {@link V1PodFailurePolicyOnPodConditionsPattern} holding what was set (lists and maps copied). */
  V1PodFailurePolicyOnPodConditionsPattern toModel() {
    V1PodFailurePolicyOnPodConditionsPattern o = new V1PodFailurePolicyOnPodConditionsPattern();
    o.setStatus(status);
    o.setType(type);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getStatus() {
    return status;
  }

  public A withStatus(String status) {
    this.status = status;
    return self();
  }

  public boolean hasStatus() {
    return status != null;
  }

  public String getType() {
    return type;
  }

  public A withType(String type) {
    this.type = type;
    return self();
  }

  public boolean hasType() {
    return type != null;
  }
}
