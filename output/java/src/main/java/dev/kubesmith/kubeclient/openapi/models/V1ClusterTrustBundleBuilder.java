package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ClusterTrustBundle}: {@code new V1ClusterTrustBundleBuilder().withX(...)...build()}. */
public class V1ClusterTrustBundleBuilder extends V1ClusterTrustBundleFluent<V1ClusterTrustBundleBuilder> {
  public V1ClusterTrustBundleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ClusterTrustBundleBuilder(V1ClusterTrustBundle instance) {
    super(instance);
  }

  public V1ClusterTrustBundle build() {
    return toModel();
  }
}
