package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1PodCertificateRequest}: {@code new V1beta1PodCertificateRequestBuilder().withX(...)...build()}. */
public class V1beta1PodCertificateRequestBuilder extends V1beta1PodCertificateRequestFluent<V1beta1PodCertificateRequestBuilder> {
  public V1beta1PodCertificateRequestBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1PodCertificateRequestBuilder(V1beta1PodCertificateRequest instance) {
    super(instance);
  }

  public V1beta1PodCertificateRequest build() {
    return toModel();
  }
}
