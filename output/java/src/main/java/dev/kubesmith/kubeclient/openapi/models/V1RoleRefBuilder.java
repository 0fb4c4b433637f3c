package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1RoleRef}: {@code new V1RoleRefBuilder().withX(...)...build()}. */
public class V1RoleRefBuilder extends V1RoleRefFluent<V1RoleRefBuilder> {
  public V1RoleRefBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1RoleRefBuilder(V1RoleRef instance) {
    super(instance);
  }

  public V1RoleRef build() {
    return toModel();
  }
}
