package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3CompositePodGroupSchedulingPolicy}: {@code new V1alpha3CompositePodGroupSchedulingPolicyBuilder().withX(...)...build()}. */
public class V1alpha3CompositePodGroupSchedulingPolicyBuilder extends V1alpha3CompositePodGroupSchedulingPolicyFluent<V1alpha3CompositePodGroupSchedulingPolicyBuilder> {
  public V1alpha3CompositePodGroupSchedulingPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3CompositePodGroupSchedulingPolicyBuilder(V1alpha3CompositePodGroupSchedulingPolicy instance) {
    super(instance);
  }

  public V1alpha3CompositePodGroupSchedulingPolicy build() {
    return toModel();
  }
}
