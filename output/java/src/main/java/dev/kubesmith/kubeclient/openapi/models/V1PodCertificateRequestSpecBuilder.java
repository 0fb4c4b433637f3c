package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodCertificateRequestSpec}: {@code new V1PodCertificateRequestSpecBuilder().withX(...)...build()}. */
public class V1PodCertificateRequestSpecBuilder extends V1PodCertificateRequestSpecFluent<V1PodCertificateRequestSpecBuilder> {
  public V1PodCertificateRequestSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodCertificateRequestSpecBuilder(V1PodCertificateRequestSpec instance) {
    super(instance);
  }

  public V1PodCertificateRequestSpec build() {
    return toModel();
  }
}
