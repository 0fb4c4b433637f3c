package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CertificateSigningRequestStatus}: {@code new V1CertificateSigningRequestStatusBuilder().withX(...)...build()}. */
public class V1CertificateSigningRequestStatusBuilder extends V1CertificateSigningRequestStatusFluent<V1CertificateSigningRequestStatusBuilder> {
  public V1CertificateSigningRequestStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CertificateSigningRequestStatusBuilder(V1CertificateSigningRequestStatus instance) {
    super(instance);
  }

  public V1CertificateSigningRequestStatus build() {
    return toModel();
  }
}
