package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VolumeResourceRequirements}: {@code new V1VolumeResourceRequirementsBuilder().withX(...)...build()}. */
public class V1VolumeResourceRequirementsBuilder extends V1VolumeResourceRequirementsFluent<V1VolumeResourceRequirementsBuilder> {
  public V1VolumeResourceRequirementsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeResourceRequirementsBuilder(V1VolumeResourceRequirements instance) {
    super(instance);
  }

  public V1VolumeResourceRequirements build() {
    return toModel();
  }
}
