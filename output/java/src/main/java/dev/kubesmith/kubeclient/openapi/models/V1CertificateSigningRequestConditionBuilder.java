package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CertificateSigningRequestCondition}: {@code new V1CertificateSigningRequestConditionBuilder().withX(...)...build()}. */
public class V1CertificateSigningRequestConditionBuilder extends V1CertificateSigningRequestConditionFluent<V1CertificateSigningRequestConditionBuilder> {
  public V1CertificateSigningRequestConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CertificateSigningRequestConditionBuilder(V1CertificateSigningRequestCondition instance) {
    super(instance);
  }

  public V1CertificateSigningRequestCondition build() {
    return toModel();
  }
}
