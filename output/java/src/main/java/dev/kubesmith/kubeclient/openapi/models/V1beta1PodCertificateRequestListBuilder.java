package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1PodCertificateRequestList}: {@code new V1beta1PodCertificateRequestListBuilder().withX(...)...build()}. */
public class V1beta1PodCertificateRequestListBuilder extends V1beta1PodCertificateRequestListFluent<V1beta1PodCertificateRequestListBuilder> {
  public V1beta1PodCertificateRequestListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1PodCertificateRequestListBuilder(V1beta1PodCertificateRequestList instance) {
    super(instance);
  }

  public V1beta1PodCertificateRequestList build() {
    return toModel();
  }
}
