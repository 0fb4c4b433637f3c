package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodSchedulingGate}: {@code new V1PodSchedulingGateBuilder().withX(...)...build()}. */
public class V1PodSchedulingGateBuilder extends V1PodSchedulingGateFluent<V1PodSchedulingGateBuilder> {
  public V1PodSchedulingGateBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodSchedulingGateBuilder(V1PodSchedulingGate instance) {
    super(instance);
  }

  public V1PodSchedulingGate build() {
    return toModel();
  }
}
