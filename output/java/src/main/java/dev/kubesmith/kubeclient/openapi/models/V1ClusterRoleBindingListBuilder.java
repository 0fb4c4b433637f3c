package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ClusterRoleBindingList}: {@code new V1ClusterRoleBindingListBuilder().withX(...)...build()}. */
public class V1ClusterRoleBindingListBuilder extends V1ClusterRoleBindingListFluent<V1ClusterRoleBindingListBuilder> {
  public V1ClusterRoleBindingListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ClusterRoleBindingListBuilder(V1ClusterRoleBindingList instance) {
    super(instance);
  }

  public V1ClusterRoleBindingList build() {
    return toModel();
  }
}
