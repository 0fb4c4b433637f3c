package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodFailurePolicy}: {@code new V1PodFailurePolicyBuilder().withX(...)...build()}. */
public class V1PodFailurePolicyBuilder extends V1PodFailurePolicyFluent<V1PodFailurePolicyBuilder> {
  public V1PodFailurePolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodFailurePolicyBuilder(V1PodFailurePolicy instance) {
    super(instance);
  }

  public V1PodFailurePolicy build() {
    return toModel();
  }
}
