package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1FlowSchemaCondition}: {@code new V1FlowSchemaConditionBuilder().withX(...)...build()}. */
public class V1FlowSchemaConditionBuilder extends V1FlowSchemaConditionFluent<V1FlowSchemaConditionBuilder> {
  public V1FlowSchemaConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1FlowSchemaConditionBuilder(V1FlowSchemaCondition instance) {
    super(instance);
  }

  public V1FlowSchemaCondition build() {
    return toModel();
  }
}
