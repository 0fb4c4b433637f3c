package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1PodGroupSchedulingPolicy}: {@code new V1beta1PodGroupSchedulingPolicyBuilder().withX(...)...build()}. */
public class V1beta1PodGroupSchedulingPolicyBuilder extends V1beta1PodGroupSchedulingPolicyFluent<V1beta1PodGroupSchedulingPolicyBuilder> {
  public V1beta1PodGroupSchedulingPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1PodGroupSchedulingPolicyBuilder(V1beta1PodGroupSchedulingPolicy instance) {
    super(instance);
  }

  public V1beta1PodGroupSchedulingPolicy build() {
    return toModel();
  }
}
