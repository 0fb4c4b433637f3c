package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ClusterTrustBundleList}: {@code new V1ClusterTrustBundleListBuilder().withX(...)...build()}. */
public class V1ClusterTrustBundleListBuilder extends V1ClusterTrustBundleListFluent<V1ClusterTrustBundleListBuilder> {
  public V1ClusterTrustBundleListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ClusterTrustBundleListBuilder(V1ClusterTrustBundleList instance) {
    super(instance);
  }

  public V1ClusterTrustBundleList build() {
    return toModel();
  }
}
