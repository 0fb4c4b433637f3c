package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CustomResourceDefinitionList}: {@code new V1CustomResourceDefinitionListBuilder().withX(...)...build()}. */
public class V1CustomResourceDefinitionListBuilder extends V1CustomResourceDefinitionListFluent<V1CustomResourceDefinitionListBuilder> {
  public V1CustomResourceDefinitionListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CustomResourceDefinitionListBuilder(V1CustomResourceDefinitionList instance) {
    super(instance);
  }

  public V1CustomResourceDefinitionList build() {
    return toModel();
  }
}
