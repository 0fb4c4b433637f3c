package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ClusterTrustBundleProjection}: {@code new V1ClusterTrustBundleProjectionBuilder().withX(...)...build()}. */
public class V1ClusterTrustBundleProjectionBuilder extends V1ClusterTrustBundleProjectionFluent<V1ClusterTrustBundleProjectionBuilder> {
  public V1ClusterTrustBundleProjectionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ClusterTrustBundleProjectionBuilder(V1ClusterTrustBundleProjection instance) {
    super(instance);
  }

  public V1ClusterTrustBundleProjection build() {
    return toModel();
  }
}
