package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1ClusterTrustBundle}: {@code new V1beta1ClusterTrustBundleBuilder().withX(...)...build()}. */
public class V1beta1ClusterTrustBundleBuilder extends V1beta1ClusterTrustBundleFluent<V1beta1ClusterTrustBundleBuilder> {
  public V1beta1ClusterTrustBundleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1ClusterTrustBundleBuilder(V1beta1ClusterTrustBundle instance) {
    super(instance);
  }

  public V1beta1ClusterTrustBundle build() {
    return toModel();
  }
}
