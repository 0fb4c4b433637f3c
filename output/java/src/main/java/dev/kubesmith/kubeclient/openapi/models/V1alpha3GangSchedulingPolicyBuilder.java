package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3GangSchedulingPolicy}: {@code new V1alpha3GangSchedulingPolicyBuilder().withX(...)...build()}. */
public class V1alpha3GangSchedulingPolicyBuilder extends V1alpha3GangSchedulingPolicyFluent<V1alpha3GangSchedulingPolicyBuilder> {
  public V1alpha3GangSchedulingPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3GangSchedulingPolicyBuilder(V1alpha3GangSchedulingPolicy instance) {
    super(instance);
  }

  public V1alpha3GangSchedulingPolicy build() {
    return toModel();
  }
}
