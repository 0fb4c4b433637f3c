package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1PodCertificateRequestStatus}: {@code new V1beta1PodCertificateRequestStatusBuilder().withX(...)...build()}. */
public class V1beta1PodCertificateRequestStatusBuilder extends V1beta1PodCertificateRequestStatusFluent<V1beta1PodCertificateRequestStatusBuilder> {
  public V1beta1PodCertificateRequestStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1PodCertificateRequestStatusBuilder(V1beta1PodCertificateRequestStatus instance) {
    super(instance);
  }

  public V1beta1PodCertificateRequestStatus build() {
    return toModel();
  }
}
