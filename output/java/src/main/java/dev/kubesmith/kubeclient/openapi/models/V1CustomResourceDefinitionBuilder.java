package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CustomResourceDefinition}: {@code new V1CustomResourceDefinitionBuilder().withX(...)...build()}. */
public class V1CustomResourceDefinitionBuilder extends V1CustomResourceDefinitionFluent<V1CustomResourceDefinitionBuilder> {
  public V1CustomResourceDefinitionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CustomResourceDefinitionBuilder(V1CustomResourceDefinition instance) {
    super(instance);
  }

  public V1CustomResourceDefinition build() {
    return toModel();
  }
}
