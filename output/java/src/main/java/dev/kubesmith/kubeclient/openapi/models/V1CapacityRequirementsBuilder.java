package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CapacityRequirements}: {@code new V1CapacityRequirementsBuilder().withX(...)...build()}. */
public class V1CapacityRequirementsBuilder extends V1CapacityRequirementsFluent<V1CapacityRequirementsBuilder> {
  public V1CapacityRequirementsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CapacityRequirementsBuilder(V1CapacityRequirements instance) {
    super(instance);
  }

  public V1CapacityRequirements build() {
    return toModel();
  }
}
