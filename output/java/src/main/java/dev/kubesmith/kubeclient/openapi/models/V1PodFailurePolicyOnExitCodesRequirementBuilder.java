package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodFailurePolicyOnExitCodesRequirement}: {@code new V1PodFailurePolicyOnExitCodesRequirementBuilder().withX(...)...build()}. */
public class V1PodFailurePolicyOnExitCodesRequirementBuilder extends V1PodFailurePolicyOnExitCodesRequirementFluent<V1PodFailurePolicyOnExitCodesRequirementBuilder> {
  public V1PodFailurePolicyOnExitCodesRequirementBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodFailurePolicyOnExitCodesRequirementBuilder(V1PodFailurePolicyOnExitCodesRequirement instance) {
    super(instance);
  }

  public V1PodFailurePolicyOnExitCodesRequirement build() {
    return toModel();
  }
}
