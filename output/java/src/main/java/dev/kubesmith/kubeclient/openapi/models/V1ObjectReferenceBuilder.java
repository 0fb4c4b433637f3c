package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ObjectReference}: {@code new V1ObjectReferenceBuilder().withX(...)...build()}. */
public class V1ObjectReferenceBuilder extends V1ObjectReferenceFluent<V1ObjectReferenceBuilder> {
  public V1ObjectReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ObjectReferenceBuilder(V1ObjectReference instance) {
    super(instance);
  }

  public V1ObjectReference build() {
    return toModel();
  }
}
