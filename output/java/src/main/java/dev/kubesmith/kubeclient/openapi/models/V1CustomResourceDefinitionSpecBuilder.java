package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CustomResourceDefinitionSpec}: {@code new V1CustomResourceDefinitionSpecBuilder().withX(...)...build()}. */
public class V1CustomResourceDefinitionSpecBuilder extends V1CustomResourceDefinitionSpecFluent<V1CustomResourceDefinitionSpecBuilder> {
  public V1CustomResourceDefinitionSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CustomResourceDefinitionSpecBuilder(V1CustomResourceDefinitionSpec instance) {
    super(instance);
  }

  public V1CustomResourceDefinitionSpec build() {
    return toModel();
  }
}
