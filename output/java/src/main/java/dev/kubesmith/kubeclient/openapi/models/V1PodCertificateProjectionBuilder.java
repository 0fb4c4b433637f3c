package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodCertificateProjection}: {@code new V1PodCertificateProjectionBuilder().withX(...)...build()}. */
public class V1PodCertificateProjectionBuilder extends V1PodCertificateProjectionFluent<V1PodCertificateProjectionBuilder> {
  public V1PodCertificateProjectionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodCertificateProjectionBuilder(V1PodCertificateProjection instance) {
    super(instance);
  }

  public V1PodCertificateProjection build() {
    return toModel();
  }
}
