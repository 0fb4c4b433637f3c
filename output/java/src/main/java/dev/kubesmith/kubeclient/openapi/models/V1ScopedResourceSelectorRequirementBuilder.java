package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ScopedResourceSelectorRequirement}: {@code new V1ScopedResourceSelectorRequirementBuilder().withX(...)...build()}. */
public class V1ScopedResourceSelectorRequirementBuilder extends V1ScopedResourceSelectorRequirementFluent<V1ScopedResourceSelectorRequirementBuilder> {
  public V1ScopedResourceSelectorRequirementBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ScopedResourceSelectorRequirementBuilder(V1ScopedResourceSelectorRequirement instance) {
    super(instance);
  }

  public V1ScopedResourceSelectorRequirement build() {
    return toModel();
  }
}
