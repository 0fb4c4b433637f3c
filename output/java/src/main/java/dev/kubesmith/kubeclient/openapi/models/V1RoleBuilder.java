package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Role}: {@code new V1RoleBuilder().withX(...)...build()}. */
public class V1RoleBuilder extends V1RoleFluent<V1RoleBuilder> {
  public V1RoleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1RoleBuilder(V1Role instance) {
    super(instance);
  }

  public V1Role build() {
    return toModel();
  }
}
