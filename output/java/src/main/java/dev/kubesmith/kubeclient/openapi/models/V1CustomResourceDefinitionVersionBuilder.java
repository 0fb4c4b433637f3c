package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CustomResourceDefinitionVersion}: {@code new V1CustomResourceDefinitionVersionBuilder().withX(...)...build()}. */
public class V1CustomResourceDefinitionVersionBuilder extends V1CustomResourceDefinitionVersionFluent<V1CustomResourceDefinitionVersionBuilder> {
  public V1CustomResourceDefinitionVersionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CustomResourceDefinitionVersionBuilder(V1CustomResourceDefinitionVersion instance) {
    super(instance);
  }

  public V1CustomResourceDefinitionVersion build() {
    return toModel();
  }
}
