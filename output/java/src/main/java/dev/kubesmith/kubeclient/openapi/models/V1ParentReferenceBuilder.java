package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ParentReference}: {@code new V1ParentReferenceBuilder().withX(...)...build()}. */
public class V1ParentReferenceBuilder extends V1ParentReferenceFluent<V1ParentReferenceBuilder> {
  public V1ParentReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ParentReferenceBuilder(V1ParentReference instance) {
    super(instance);
  }

  public V1ParentReference build() {
    return toModel();
  }
}
