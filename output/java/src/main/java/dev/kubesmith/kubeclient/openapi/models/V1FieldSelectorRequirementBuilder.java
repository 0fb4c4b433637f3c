package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1FieldSelectorRequirement}: {@code new V1FieldSelectorRequirementBuilder().withX(...)...build()}. */
public class V1FieldSelectorRequirementBuilder extends V1FieldSelectorRequirementFluent<V1FieldSelectorRequirementBuilder> {
  public V1FieldSelectorRequirementBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1FieldSelectorRequirementBuilder(V1FieldSelectorRequirement instance) {
    super(instance);
  }

  public V1FieldSelectorRequirement build() {
    return toModel();
  }
}
