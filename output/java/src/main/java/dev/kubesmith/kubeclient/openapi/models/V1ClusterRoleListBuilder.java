package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ClusterRoleList}: {@code new V1ClusterRoleListBuilder().withX(...)...build()}. */
public class V1ClusterRoleListBuilder extends V1ClusterRoleListFluent<V1ClusterRoleListBuilder> {
  public V1ClusterRoleListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ClusterRoleListBuilder(V1ClusterRoleList instance) {
    super(instance);
  }

  public V1ClusterRoleList build() {
    return toModel();
  }
}
