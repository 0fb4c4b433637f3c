package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1PodReadinessGate}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodReadinessGateBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodReadinessGateFluent<A extends V1PodReadinessGateFluent<A>> {
  private String conditionType;

  public V1PodReadinessGateFluent() {}

  public V1PodReadinessGateFluent(V1PodReadinessGate instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodReadinessGate instance) {
    if (instance != null) {
      this.conditionType = instance.getConditionType();
    }
  }

  /** A new {@link V1PodReadinessGate} holding what was set (lists and maps copied). */
  V1PodReadinessGate toModel() {
    V1PodReadinessGate o = new V1PodReadinessGate();
    o.setConditionType(conditionType);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getConditionType() {
    return conditionType;
  }

  public A withConditionType(String conditionType) {
    this.conditionType = conditionType;
    return self();
  }

  public boolean hasConditionType() {
    return conditionType != null;
  }
}
