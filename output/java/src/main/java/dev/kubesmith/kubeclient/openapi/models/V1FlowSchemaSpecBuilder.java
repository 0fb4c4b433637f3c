package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1FlowSchemaSpec}: {@code new V1FlowSchemaSpecBuilder().withX(...)...build()}. */
public class V1FlowSchemaSpecBuilder extends V1FlowSchemaSpecFluent<V1FlowSchemaSpecBuilder> {
  public V1FlowSchemaSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1FlowSchemaSpecBuilder(V1FlowSchemaSpec instance) {
    super(instance);
  }

  public V1FlowSchemaSpec build() {
    return toModel();
  }
}
