package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1LocalObjectReference}: {@code new V1LocalObjectReferenceBuilder().withX(...)...build()}. */
public class V1LocalObjectReferenceBuilder extends V1LocalObjectReferenceFluent<V1LocalObjectReferenceBuilder> {
  public V1LocalObjectReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LocalObjectReferenceBuilder(V1LocalObjectReference instance) {
    super(instance);
  }

  public V1LocalObjectReference build() {
    return toModel();
  }
}
