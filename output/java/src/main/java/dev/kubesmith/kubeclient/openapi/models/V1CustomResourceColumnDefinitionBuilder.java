package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CustomResourceColumnDefinition}: {@code new V1CustomResourceColumnDefinitionBuilder().withX(...)...build()}. */
public class V1CustomResourceColumnDefinitionBuilder extends V1CustomResourceColumnDefinitionFluent<V1CustomResourceColumnDefinitionBuilder> {
  public V1CustomResourceColumnDefinitionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CustomResourceColumnDefinitionBuilder(V1CustomResourceColumnDefinition instance) {
    super(instance);
  }

  public V1CustomResourceColumnDefinition build() {
    return toModel();
  }
}
