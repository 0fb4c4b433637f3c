package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1RoleBinding}: {@code new V1RoleBindingBuilder().withX(...)...build()}. */
public class V1RoleBindingBuilder extends V1RoleBindingFluent<V1RoleBindingBuilder> {
  public V1RoleBindingBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1RoleBindingBuilder(V1RoleBinding instance) {
    super(instance);
  }

  public V1RoleBinding build() {
    return toModel();
  }
}
