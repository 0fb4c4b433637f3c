package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ExternalDocumentation}: {@code new V1ExternalDocumentationBuilder().withX(...)...build()}. */
public class V1ExternalDocumentationBuilder extends V1ExternalDocumentationFluent<V1ExternalDocumentationBuilder> {
  public V1ExternalDocumentationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ExternalDocumentationBuilder(V1ExternalDocumentation instance) {
    super(instance);
  }

  public V1ExternalDocumentation build() {
    return toModel();
  }
}
