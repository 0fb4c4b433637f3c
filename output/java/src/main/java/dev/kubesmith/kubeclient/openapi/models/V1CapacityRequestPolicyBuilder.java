package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CapacityRequestPolicy}: {@code new V1CapacityRequestPolicyBuilder().withX(...)...build()}. */
public class V1CapacityRequestPolicyBuilder extends V1CapacityRequestPolicyFluent<V1CapacityRequestPolicyBuilder> {
  public V1CapacityRequestPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CapacityRequestPolicyBuilder(V1CapacityRequestPolicy instance) {
    super(instance);
  }

  public V1CapacityRequestPolicy build() {
    return toModel();
  }
}
