package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1BoundObjectReference}: {@code new V1BoundObjectReferenceBuilder().withX(...)...build()}. */
public class V1BoundObjectReferenceBuilder extends V1BoundObjectReferenceFluent<V1BoundObjectReferenceBuilder> {
  public V1BoundObjectReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1BoundObjectReferenceBuilder(V1BoundObjectReference instance) {
    super(instance);
  }

  public V1BoundObjectReference build() {
    return toModel();
  }
}
