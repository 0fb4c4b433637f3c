package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodCertificateRequest}: {@code new V1PodCertificateRequestBuilder().withX(...)...build()}. */
public class V1PodCertificateRequestBuilder extends V1PodCertificateRequestFluent<V1PodCertificateRequestBuilder> {
  public V1PodCertificateRequestBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodCertificateRequestBuilder(V1PodCertificateRequest instance) {
    super(instance);
  }

  public V1PodCertificateRequest build() {
    return toModel();
  }
}
