package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CertificateSigningRequestList}: {@code new V1CertificateSigningRequestListBuilder().withX(...)...build()}. */
public class V1CertificateSigningRequestListBuilder extends V1CertificateSigningRequestListFluent<V1CertificateSigningRequestListBuilder> {
  public V1CertificateSigningRequestListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CertificateSigningRequestListBuilder(V1CertificateSigningRequestList instance) {
    super(instance);
  }

  public V1CertificateSigningRequestList build() {
    return toModel();
  }
}
