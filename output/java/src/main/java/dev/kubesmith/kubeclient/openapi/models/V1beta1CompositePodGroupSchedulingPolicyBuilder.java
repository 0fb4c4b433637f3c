package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1CompositePodGroupSchedulingPolicy}: {@code new V1beta1CompositePodGroupSchedulingPolicyBuilder().withX(...)...build()}. */
public class V1beta1CompositePodGroupSchedulingPolicyBuilder extends V1beta1CompositePodGroupSchedulingPolicyFluent<V1beta1CompositePodGroupSchedulingPolicyBuilder> {
  public V1beta1CompositePodGroupSchedulingPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1CompositePodGroupSchedulingPolicyBuilder(V1beta1CompositePodGroupSchedulingPolicy instance) {
    super(instance);
  }

  public V1beta1CompositePodGroupSchedulingPolicy build() {
    return toModel();
  }
}
