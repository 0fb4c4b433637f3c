package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1CompositeBasicSchedulingPolicy}: {@code new V1beta1CompositeBasicSchedulingPolicyBuilder().withX(...)...build()}. */
public class V1beta1CompositeBasicSchedulingPolicyBuilder extends V1beta1CompositeBasicSchedulingPolicyFluent<V1beta1CompositeBasicSchedulingPolicyBuilder> {
  public V1beta1CompositeBasicSchedulingPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1CompositeBasicSchedulingPolicyBuilder(V1beta1CompositeBasicSchedulingPolicy instance) {
    super(instance);
  }

  public V1beta1CompositeBasicSchedulingPolicy build() {
    return toModel();
  }
}
