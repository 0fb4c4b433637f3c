package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CertificateSigningRequestSpec}: {@code new V1CertificateSigningRequestSpecBuilder().withX(...)...build()}. */
public class V1CertificateSigningRequestSpecBuilder extends V1CertificateSigningRequestSpecFluent<V1CertificateSigningRequestSpecBuilder> {
  public V1CertificateSigningRequestSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CertificateSigningRequestSpecBuilder(V1CertificateSigningRequestSpec instance) {
    super(instance);
  }

  public V1CertificateSigningRequestSpec build() {
    return toModel();
  }
}
