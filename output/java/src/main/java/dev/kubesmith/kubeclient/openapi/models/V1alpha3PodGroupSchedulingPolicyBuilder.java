package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3PodGroupSchedulingPolicy}: {@code new V1alpha3PodGroupSchedulingPolicyBuilder().withX(...)...build()}. */
public class V1alpha3PodGroupSchedulingPolicyBuilder extends V1alpha3PodGroupSchedulingPolicyFluent<V1alpha3PodGroupSchedulingPolicyBuilder> {
  public V1alpha3PodGroupSchedulingPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3PodGroupSchedulingPolicyBuilder(V1alpha3PodGroupSchedulingPolicy instance) {
    super(instance);
  }

  public V1alpha3PodGroupSchedulingPolicy build() {
    return toModel();
  }
}
