package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1FlowSchemaStatus}: {@code new V1FlowSchemaStatusBuilder().withX(...)...build()}. */
public class V1FlowSchemaStatusBuilder extends V1FlowSchemaStatusFluent<V1FlowSchemaStatusBuilder> {
  public V1FlowSchemaStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1FlowSchemaStatusBuilder(V1FlowSchemaStatus instance) {
    super(instance);
  }

  public V1FlowSchemaStatus build() {
    return toModel();
  }
}
