package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1ClusterTrustBundleSpec}: {@code new V1beta1ClusterTrustBundleSpecBuilder().withX(...)...build()}. */
public class V1beta1ClusterTrustBundleSpecBuilder extends V1beta1ClusterTrustBundleSpecFluent<V1beta1ClusterTrustBundleSpecBuilder> {
  public V1beta1ClusterTrustBundleSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1ClusterTrustBundleSpecBuilder(V1beta1ClusterTrustBundleSpec instance) {
    super(instance);
  }

  public V1beta1ClusterTrustBundleSpec build() {
    return toModel();
  }
}
