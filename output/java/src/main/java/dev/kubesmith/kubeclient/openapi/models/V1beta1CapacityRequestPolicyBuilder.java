package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1CapacityRequestPolicy}: {@code new V1beta1CapacityRequestPolicyBuilder().withX(...)...build()}. */
public class V1beta1CapacityRequestPolicyBuilder extends V1beta1CapacityRequestPolicyFluent<V1beta1CapacityRequestPolicyBuilder> {
  public V1beta1CapacityRequestPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1CapacityRequestPolicyBuilder(V1beta1CapacityRequestPolicy instance) {
    super(instance);
  }

  public V1beta1CapacityRequestPolicy build() {
    return toModel();
  }
}
