package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1CompositeGangSchedulingPolicy}: {@code new V1beta1CompositeGangSchedulingPolicyBuilder().withX(...)...build()}. */
public class V1beta1CompositeGangSchedulingPolicyBuilder extends V1beta1CompositeGangSchedulingPolicyFluent<V1beta1CompositeGangSchedulingPolicyBuilder> {
  public V1beta1CompositeGangSchedulingPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1CompositeGangSchedulingPolicyBuilder(V1beta1CompositeGangSchedulingPolicy instance) {
    super(instance);
  }

  public V1beta1CompositeGangSchedulingPolicy build() {
    return toModel();
  }
}
