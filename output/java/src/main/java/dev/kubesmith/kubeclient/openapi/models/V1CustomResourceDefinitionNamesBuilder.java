package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CustomResourceDefinitionNames}: {@code new V1CustomResourceDefinitionNamesBuilder().withX(...)...build()}. */
public class V1CustomResourceDefinitionNamesBuilder extends V1CustomResourceDefinitionNamesFluent<V1CustomResourceDefinitionNamesBuilder> {
  public V1CustomResourceDefinitionNamesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CustomResourceDefinitionNamesBuilder(V1CustomResourceDefinitionNames instance) {
    super(instance);
  }

  public V1CustomResourceDefinitionNames build() {
    return toModel();
  }
}
