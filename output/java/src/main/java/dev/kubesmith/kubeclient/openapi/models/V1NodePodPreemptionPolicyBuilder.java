package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodePodPreemptionPolicy}: {@code new V1NodePodPreemptionPolicyBuilder().withX(...)...build()}. */
public class V1NodePodPreemptionPolicyBuilder extends V1NodePodPreemptionPolicyFluent<V1NodePodPreemptionPolicyBuilder> {
  public V1NodePodPreemptionPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodePodPreemptionPolicyBuilder(V1NodePodPreemptionPolicy instance) {
    super(instance);
  }

  public V1NodePodPreemptionPolicy build() {
    return toModel();
  }
}
