package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2CapacityRequestPolicy}: {@code new V1beta2CapacityRequestPolicyBuilder().withX(...)...build()}. */
public class V1beta2CapacityRequestPolicyBuilder extends V1beta2CapacityRequestPolicyFluent<V1beta2CapacityRequestPolicyBuilder> {
  public V1beta2CapacityRequestPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2CapacityRequestPolicyBuilder(V1beta2CapacityRequestPolicy instance) {
    super(instance);
  }

  public V1beta2CapacityRequestPolicy build() {
    return toModel();
  }
}
