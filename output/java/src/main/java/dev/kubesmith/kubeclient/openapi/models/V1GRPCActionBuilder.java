package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1GRPCAction}: {@code new V1GRPCActionBuilder().withX(...)...build()}. */
public class V1GRPCActionBuilder extends V1GRPCActionFluent<V1GRPCActionBuilder> {
  public V1GRPCActionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1GRPCActionBuilder(V1GRPCAction instance) {
    super(instance);
  }

  public V1GRPCAction build() {
    return toModel();
  }
}
