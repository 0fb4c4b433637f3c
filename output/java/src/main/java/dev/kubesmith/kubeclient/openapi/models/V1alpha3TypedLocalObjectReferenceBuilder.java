package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3TypedLocalObjectReference}: {@code new V1alpha3TypedLocalObjectReferenceBuilder().withX(...)...build()}. */
public class V1alpha3TypedLocalObjectReferenceBuilder extends V1alpha3TypedLocalObjectReferenceFluent<V1alpha3TypedLocalObjectReferenceBuilder> {
  public V1alpha3TypedLocalObjectReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3TypedLocalObjectReferenceBuilder(V1alpha3TypedLocalObjectReference instance) {
    super(instance);
  }

  public V1alpha3TypedLocalObjectReference build() {
    return toModel();
  }
}
