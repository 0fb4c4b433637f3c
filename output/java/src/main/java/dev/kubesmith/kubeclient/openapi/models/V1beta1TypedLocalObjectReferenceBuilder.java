package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1TypedLocalObjectReference}: {@code new V1beta1TypedLocalObjectReferenceBuilder().withX(...)...build()}. */
public class V1beta1TypedLocalObjectReferenceBuilder extends V1beta1TypedLocalObjectReferenceFluent<V1beta1TypedLocalObjectReferenceBuilder> {
  public V1beta1TypedLocalObjectReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1TypedLocalObjectReferenceBuilder(V1beta1TypedLocalObjectReference instance) {
    super(instance);
  }

  public V1beta1TypedLocalObjectReference build() {
    return toModel();
  }
}
