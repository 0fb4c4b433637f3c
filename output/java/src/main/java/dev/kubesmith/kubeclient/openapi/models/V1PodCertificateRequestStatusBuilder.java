package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodCertificateRequestStatus}: {@code new V1PodCertificateRequestStatusBuilder().withX(...)...build()}. */
public class V1PodCertificateRequestStatusBuilder extends V1PodCertificateRequestStatusFluent<V1PodCertificateRequestStatusBuilder> {
  public V1PodCertificateRequestStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodCertificateRequestStatusBuilder(V1PodCertificateRequestStatus instance) {
    super(instance);
  }

  public V1PodCertificateRequestStatus build() {
    return toModel();
  }
}
