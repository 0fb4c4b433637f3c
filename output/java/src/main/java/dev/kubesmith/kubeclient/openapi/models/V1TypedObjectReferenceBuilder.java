package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1TypedObjectReference}: {@code new V1TypedObjectReferenceBuilder().withX(...)...build()}. */
public class V1TypedObjectReferenceBuilder extends V1TypedObjectReferenceFluent<V1TypedObjectReferenceBuilder> {
  public V1TypedObjectReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1TypedObjectReferenceBuilder(V1TypedObjectReference instance) {
    super(instance);
  }

  public V1TypedObjectReference build() {
    return toModel();
  }
}
