package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodReadinessGate}: {@code new V1PodReadinessGateBuilder().withX(...)...build()}. */
public class V1PodReadinessGateBuilder extends V1PodReadinessGateFluent<V1PodReadinessGateBuilder> {
  public V1PodReadinessGateBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodReadinessGateBuilder(V1PodReadinessGate instance) {
    super(instance);
  }

  public V1PodReadinessGate build() {
    return toModel();
  }
}
