package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1CapacityRequirements}: {@code new V1beta1CapacityRequirementsBuilder().withX(...)...build()}. */
public class V1beta1CapacityRequirementsBuilder extends V1beta1CapacityRequirementsFluent<V1beta1CapacityRequirementsBuilder> {
  public V1beta1CapacityRequirementsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1CapacityRequirementsBuilder(V1beta1CapacityRequirements instance) {
    super(instance);
  }

  public V1beta1CapacityRequirements build() {
    return toModel();
  }
}
