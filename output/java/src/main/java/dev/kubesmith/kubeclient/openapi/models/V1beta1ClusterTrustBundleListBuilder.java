package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1ClusterTrustBundleList}: {@code new V1beta1ClusterTrustBundleListBuilder().withX(...)...build()}. */
public class V1beta1ClusterTrustBundleListBuilder extends V1beta1ClusterTrustBundleListFluent<V1beta1ClusterTrustBundleListBuilder> {
  public V1beta1ClusterTrustBundleListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1ClusterTrustBundleListBuilder(V1beta1ClusterTrustBundleList instance) {
    super(instance);
  }

  public V1beta1ClusterTrustBundleList build() {
    return toModel();
  }
}
