package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1JSONSchemaProps}: {@code new V1JSONSchemaPropsBuilder().withX(...)...build()}. */
public class V1JSONSchemaPropsBuilder extends V1JSONSchemaPropsFluent<V1JSONSchemaPropsBuilder> {
  public V1JSONSchemaPropsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1JSONSchemaPropsBuilder(V1JSONSchemaProps instance) {
    super(instance);
  }

  public V1JSONSchemaProps build() {
    return toModel();
  }
}
