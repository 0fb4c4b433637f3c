package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1OwnerReference}: {@code new V1OwnerReferenceBuilder().withX(...)...build()}. */
public class V1OwnerReferenceBuilder extends V1OwnerReferenceFluent<V1OwnerReferenceBuilder> {
  public V1OwnerReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1OwnerReferenceBuilder(V1OwnerReference instance) {
    super(instance);
  }

  public V1OwnerReference build() {
    return toModel();
  }
}
