package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CrossVersionObjectReference}: {@code new V1CrossVersionObjectReferenceBuilder().withX(...)...build()}. */
public class V1CrossVersionObjectReferenceBuilder extends V1CrossVersionObjectReferenceFluent<V1CrossVersionObjectReferenceBuilder> {
  public V1CrossVersionObjectReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CrossVersionObjectReferenceBuilder(V1CrossVersionObjectReference instance) {
    super(instance);
  }

  public V1CrossVersionObjectReference build() {
    return toModel();
  }
}
