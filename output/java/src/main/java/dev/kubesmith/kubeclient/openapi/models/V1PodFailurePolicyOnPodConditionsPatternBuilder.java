package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodFailurePolicyOnPodConditionsPattern}: {@code new V1PodFailurePolicyOnPodConditionsPatternBuilder().withX(...)...build()}. */
public class V1PodFailurePolicyOnPodConditionsPatternBuilder extends V1PodFailurePolicyOnPodConditionsPatternFluent<V1PodFailurePolicyOnPodConditionsPatternBuilder> {
  public V1PodFailurePolicyOnPodConditionsPatternBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodFailurePolicyOnPodConditionsPatternBuilder(V1PodFailurePolicyOnPodConditionsPattern instance) {
    super(instance);
  }

  public V1PodFailurePolicyOnPodConditionsPattern build() {
    return toModel();
  }
}
