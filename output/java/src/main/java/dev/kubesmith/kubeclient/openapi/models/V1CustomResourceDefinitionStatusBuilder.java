package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CustomResourceDefinitionStatus}: {@code new V1CustomResourceDefinitionStatusBuilder().withX(...)...build()}. */
public class V1CustomResourceDefinitionStatusBuilder extends V1CustomResourceDefinitionStatusFluent<V1CustomResourceDefinitionStatusBuilder> {
  public V1CustomResourceDefinitionStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CustomResourceDefinitionStatusBuilder(V1CustomResourceDefinitionStatus instance) {
    super(instance);
  }

  public V1CustomResourceDefinitionStatus build() {
    return toModel();
  }
}
