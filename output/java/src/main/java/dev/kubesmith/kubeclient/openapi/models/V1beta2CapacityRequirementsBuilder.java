package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2CapacityRequirements}: {@code new V1beta2CapacityRequirementsBuilder().withX(...)...build()}. */
public class V1beta2CapacityRequirementsBuilder extends V1beta2CapacityRequirementsFluent<V1beta2CapacityRequirementsBuilder> {
  public V1beta2CapacityRequirementsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2CapacityRequirementsBuilder(V1beta2CapacityRequirements instance) {
    super(instance);
  }

  public V1beta2CapacityRequirements build() {
    return toModel();
  }
}
