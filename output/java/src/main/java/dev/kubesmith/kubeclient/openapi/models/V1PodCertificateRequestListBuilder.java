package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodCertificateRequestList}: {@code new V1PodCertificateRequestListBuilder().withX(...)...build()}. */
public class V1PodCertificateRequestListBuilder extends V1PodCertificateRequestListFluent<V1PodCertificateRequestListBuilder> {
  public V1PodCertificateRequestListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodCertificateRequestListBuilder(V1PodCertificateRequestList instance) {
    super(instance);
  }

  public V1PodCertificateRequestList build() {
    return toModel();
  }
}
