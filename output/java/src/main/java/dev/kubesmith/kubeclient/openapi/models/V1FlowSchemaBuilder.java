package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1FlowSchema}: {@code new V1FlowSchemaBuilder().withX(...)...build()}. */
public class V1FlowSchemaBuilder extends V1FlowSchemaFluent<V1FlowSchemaBuilder> {
  public V1FlowSchemaBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1FlowSchemaBuilder(V1FlowSchema instance) {
    super(instance);
  }

  public V1FlowSchema build() {
    return toModel();
  }
}
