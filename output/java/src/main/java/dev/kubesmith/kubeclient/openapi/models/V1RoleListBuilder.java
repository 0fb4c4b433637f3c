package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1RoleList}: {@code new V1RoleListBuilder().withX(...)...build()}. */
public class V1RoleListBuilder extends V1RoleListFluent<V1RoleListBuilder> {
  public V1RoleListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1RoleListBuilder(V1RoleList instance) {
    super(instance);
  }

  public V1RoleList build() {
    return toModel();
  }
}
