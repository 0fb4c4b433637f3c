package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceAttributes}: {@code new V1ResourceAttributesBuilder().withX(...)...build()}. */
public class V1ResourceAttributesBuilder extends V1ResourceAttributesFluent<V1ResourceAttributesBuilder> {
  public V1ResourceAttributesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceAttributesBuilder(V1ResourceAttributes instance) {
    super(instance);
  }

  public V1ResourceAttributes build() {
    return toModel();
  }
}
