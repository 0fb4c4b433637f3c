package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ClusterRoleBinding}: {@code new V1ClusterRoleBindingBuilder().withX(...)...build()}. */
public class V1ClusterRoleBindingBuilder extends V1ClusterRoleBindingFluent<V1ClusterRoleBindingBuilder> {
  public V1ClusterRoleBindingBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ClusterRoleBindingBuilder(V1ClusterRoleBinding instance) {
    super(instance);
  }

  public V1ClusterRoleBinding build() {
    return toModel();
  }
}
