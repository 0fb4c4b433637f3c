package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3CompositeBasicSchedulingPolicy}: {@code new V1alpha3CompositeBasicSchedulingPolicyBuilder().withX(...)...build()}. */
public class V1alpha3CompositeBasicSchedulingPolicyBuilder extends V1alpha3CompositeBasicSchedulingPolicyFluent<V1alpha3CompositeBasicSchedulingPolicyBuilder> {
  public V1alpha3CompositeBasicSchedulingPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3CompositeBasicSchedulingPolicyBuilder(V1alpha3CompositeBasicSchedulingPolicy instance) {
    super(instance);
  }

  public V1alpha3CompositeBasicSchedulingPolicy build() {
    return toModel();
  }
}
