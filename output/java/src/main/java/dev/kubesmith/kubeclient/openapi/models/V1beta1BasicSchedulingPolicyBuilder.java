package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1BasicSchedulingPolicy}: {@code new V1beta1BasicSchedulingPolicyBuilder().withX(...)...build()}. */
public class V1beta1BasicSchedulingPolicyBuilder extends V1beta1BasicSchedulingPolicyFluent<V1beta1BasicSchedulingPolicyBuilder> {
  public V1beta1BasicSchedulingPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1BasicSchedulingPolicyBuilder(V1beta1BasicSchedulingPolicy instance) {
    super(instance);
  }

  public V1beta1BasicSchedulingPolicy build() {
    return toModel();
  }
}
