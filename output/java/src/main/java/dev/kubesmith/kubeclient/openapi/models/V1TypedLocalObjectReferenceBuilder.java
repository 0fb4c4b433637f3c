package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1TypedLocalObjectReference}: {@code new V1TypedLocalObjectReferenceBuilder().withX(...)...build()}. */
public class V1TypedLocalObjectReferenceBuilder extends V1TypedLocalObjectReferenceFluent<V1TypedLocalObjectReferenceBuilder> {
  public V1TypedLocalObjectReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1TypedLocalObjectReferenceBuilder(V1TypedLocalObjectReference instance) {
    super(instance);
  }

  public V1TypedLocalObjectReference build() {
    return toModel();
  }
}
