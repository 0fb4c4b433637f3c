package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1FieldSelectorAttributes}: {@code new V1FieldSelectorAttributesBuilder().withX(...)...build()}. */
public class V1FieldSelectorAttributesBuilder extends V1FieldSelectorAttributesFluent<V1FieldSelectorAttributesBuilder> {
  public V1FieldSelectorAttributesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1FieldSelectorAttributesBuilder(V1FieldSelectorAttributes instance) {
    super(instance);
  }

  public V1FieldSelectorAttributes build() {
    return toModel();
  }
}
