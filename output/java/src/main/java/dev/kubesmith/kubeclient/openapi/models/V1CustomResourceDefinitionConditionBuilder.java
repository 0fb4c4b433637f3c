package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CustomResourceDefinitionCondition}: {@code new V1CustomResourceDefinitionConditionBuilder().withX(...)...build()}. */
public class V1CustomResourceDefinitionConditionBuilder extends V1CustomResourceDefinitionConditionFluent<V1CustomResourceDefinitionConditionBuilder> {
  public V1CustomResourceDefinitionConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CustomResourceDefinitionConditionBuilder(V1CustomResourceDefinitionCondition instance) {
    super(instance);
  }

  public V1CustomResourceDefinitionCondition build() {
    return toModel();
  }
}
