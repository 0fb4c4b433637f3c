package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CertificateSigningRequest}: {@code new V1CertificateSigningRequestBuilder().withX(...)...build()}. */
public class V1CertificateSigningRequestBuilder extends V1CertificateSigningRequestFluent<V1CertificateSigningRequestBuilder> {
  public V1CertificateSigningRequestBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CertificateSigningRequestBuilder(V1CertificateSigningRequest instance) {
    super(instance);
  }

  public V1CertificateSigningRequest build() {
    return toModel();
  }
}
