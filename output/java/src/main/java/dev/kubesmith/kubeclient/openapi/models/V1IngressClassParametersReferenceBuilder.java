package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1IngressClassParametersReference}: {@code new V1IngressClassParametersReferenceBuilder().withX(...)...build()}. */
public class V1IngressClassParametersReferenceBuilder extends V1IngressClassParametersReferenceFluent<V1IngressClassParametersReferenceBuilder> {
  public V1IngressClassParametersReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IngressClassParametersReferenceBuilder(V1IngressClassParametersReference instance) {
    super(instance);
  }

  public V1IngressClassParametersReference build() {
    return toModel();
  }
}
