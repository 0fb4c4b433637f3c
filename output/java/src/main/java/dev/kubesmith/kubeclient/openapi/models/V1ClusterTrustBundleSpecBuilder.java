package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ClusterTrustBundleSpec}: {@code new V1ClusterTrustBundleSpecBuilder().withX(...)...build()}. */
public class V1ClusterTrustBundleSpecBuilder extends V1ClusterTrustBundleSpecFluent<V1ClusterTrustBundleSpecBuilder> {
  public V1ClusterTrustBundleSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ClusterTrustBundleSpecBuilder(V1ClusterTrustBundleSpec instance) {
    super(instance);
  }

  public V1ClusterTrustBundleSpec build() {
    return toModel();
  }
}
