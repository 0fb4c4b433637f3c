package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1LabelSelectorRequirement}: {@code new V1LabelSelectorRequirementBuilder().withX(...)...build()}. */
public class V1LabelSelectorRequirementBuilder extends V1LabelSelectorRequirementFluent<V1LabelSelectorRequirementBuilder> {
  public V1LabelSelectorRequirementBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LabelSelectorRequirementBuilder(V1LabelSelectorRequirement instance) {
    super(instance);
  }

  public V1LabelSelectorRequirement build() {
    return toModel();
  }
}
