package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1PodCertificateRequestSpec}: {@code new V1beta1PodCertificateRequestSpecBuilder().withX(...)...build()}. */
public class V1beta1PodCertificateRequestSpecBuilder extends V1beta1PodCertificateRequestSpecFluent<V1beta1PodCertificateRequestSpecBuilder> {
  public V1beta1PodCertificateRequestSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1PodCertificateRequestSpecBuilder(V1beta1PodCertificateRequestSpec instance) {
    super(instance);
  }

  public V1beta1PodCertificateRequestSpec build() {
    return toModel();
  }
}
