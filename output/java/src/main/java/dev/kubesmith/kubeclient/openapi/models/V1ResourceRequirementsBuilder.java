package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceRequirements}: {@code new V1ResourceRequirementsBuilder().withX(...)...build()}. */
public class V1ResourceRequirementsBuilder extends V1ResourceRequirementsFluent<V1ResourceRequirementsBuilder> {
  public V1ResourceRequirementsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceRequirementsBuilder(V1ResourceRequirements instance) {
    super(instance);
  }

  public V1ResourceRequirements build() {
    return toModel();
  }
}
