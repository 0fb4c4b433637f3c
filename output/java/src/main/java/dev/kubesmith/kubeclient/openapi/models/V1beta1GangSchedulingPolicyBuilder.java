package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1GangSchedulingPolicy}: {@code new V1beta1GangSchedulingPolicyBuilder().withX(...)...build()}. */
public class V1beta1GangSchedulingPolicyBuilder extends V1beta1GangSchedulingPolicyFluent<V1beta1GangSchedulingPolicyBuilder> {
  public V1beta1GangSchedulingPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1GangSchedulingPolicyBuilder(V1beta1GangSchedulingPolicy instance) {
    super(instance);
  }

  public V1beta1GangSchedulingPolicy build() {
    return toModel();
  }
}
