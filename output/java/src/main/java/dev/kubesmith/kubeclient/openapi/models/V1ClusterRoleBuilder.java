package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ClusterRole}: {@code new V1ClusterRoleBuilder().withX(...)...build()}. */
public class V1ClusterRoleBuilder extends V1ClusterRoleFluent<V1ClusterRoleBuilder> {
  public V1ClusterRoleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ClusterRoleBuilder(V1ClusterRole instance) {
    super(instance);
  }

  public V1ClusterRole build() {
    return toModel();
  }
}
