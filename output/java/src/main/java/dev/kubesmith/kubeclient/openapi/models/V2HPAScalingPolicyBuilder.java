package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2HPAScalingPolicy}: {@code new V2HPAScalingPolicyBuilder().withX(...)...build()}. */
public class V2HPAScalingPolicyBuilder extends V2HPAScalingPolicyFluent<V2HPAScalingPolicyBuilder> {
  public V2HPAScalingPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2HPAScalingPolicyBuilder(V2HPAScalingPolicy instance) {
    super(instance);
  }

  public V2HPAScalingPolicy build() {
    return toModel();
  }
}
