package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1TopologySelectorLabelRequirement}: {@code new V1TopologySelectorLabelRequirementBuilder().withX(...)...build()}. */
public class V1TopologySelectorLabelRequirementBuilder extends V1TopologySelectorLabelRequirementFluent<V1TopologySelectorLabelRequirementBuilder> {
  public V1TopologySelectorLabelRequirementBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1TopologySelectorLabelRequirementBuilder(V1TopologySelectorLabelRequirement instance) {
    super(instance);
  }

  public V1TopologySelectorLabelRequirement build() {
    return toModel();
  }
}
