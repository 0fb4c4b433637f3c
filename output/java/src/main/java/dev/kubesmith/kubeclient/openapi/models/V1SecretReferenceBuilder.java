package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SecretReference}: {@code new V1SecretReferenceBuilder().withX(...)...build()}. */
public class V1SecretReferenceBuilder extends V1SecretReferenceFluent<V1SecretReferenceBuilder> {
  public V1SecretReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SecretReferenceBuilder(V1SecretReference instance) {
    super(instance);
  }

  public V1SecretReference build() {
    return toModel();
  }
}
