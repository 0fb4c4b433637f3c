package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeSelectorRequirement}: {@code new V1NodeSelectorRequirementBuilder().withX(...)...build()}. */
public class V1NodeSelectorRequirementBuilder extends V1NodeSelectorRequirementFluent<V1NodeSelectorRequirementBuilder> {
  public V1NodeSelectorRequirementBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeSelectorRequirementBuilder(V1NodeSelectorRequirement instance) {
    super(instance);
  }

  public V1NodeSelectorRequirement build() {
    return toModel();
  }
}
