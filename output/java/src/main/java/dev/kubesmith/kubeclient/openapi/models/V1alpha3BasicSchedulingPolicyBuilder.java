package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3BasicSchedulingPolicy}: {@code new V1alpha3BasicSchedulingPolicyBuilder().withX(...)...build()}. */
public class V1alpha3BasicSchedulingPolicyBuilder extends V1alpha3BasicSchedulingPolicyFluent<V1alpha3BasicSchedulingPolicyBuilder> {
  public V1alpha3BasicSchedulingPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3BasicSchedulingPolicyBuilder(V1alpha3BasicSchedulingPolicy instance) {
    super(instance);
  }

  public V1alpha3BasicSchedulingPolicy build() {
    return toModel();
  }
}
