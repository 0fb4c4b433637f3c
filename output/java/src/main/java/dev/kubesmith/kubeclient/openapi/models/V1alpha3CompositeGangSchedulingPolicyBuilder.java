package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3CompositeGangSchedulingPolicy}: {@code new V1alpha3CompositeGangSchedulingPolicyBuilder().withX(...)...build()}. */
public class V1alpha3CompositeGangSchedulingPolicyBuilder extends V1alpha3CompositeGangSchedulingPolicyFluent<V1alpha3CompositeGangSchedulingPolicyBuilder> {
  public V1alpha3CompositeGangSchedulingPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3CompositeGangSchedulingPolicyBuilder(V1alpha3CompositeGangSchedulingPolicy instance) {
    super(instance);
  }

  public V1alpha3CompositeGangSchedulingPolicy build() {
    return toModel();
  }
}
