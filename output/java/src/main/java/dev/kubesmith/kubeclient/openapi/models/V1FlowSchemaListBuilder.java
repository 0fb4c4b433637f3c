package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1FlowSchemaList}: {@code new V1FlowSchemaListBuilder().withX(...)...build()}. */
public class V1FlowSchemaListBuilder extends V1FlowSchemaListFluent<V1FlowSchemaListBuilder> {
  public V1FlowSchemaListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1FlowSchemaListBuilder(V1FlowSchemaList instance) {
    super(instance);
  }

  public V1FlowSchemaList build() {
    return toModel();
  }
}
