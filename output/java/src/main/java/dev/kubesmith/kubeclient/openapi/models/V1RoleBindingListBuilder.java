package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1RoleBindingList}: {@code new V1RoleBindingListBuilder().withX(...)...build()}. */
public class V1RoleBindingListBuilder extends V1RoleBindingListFluent<V1RoleBindingListBuilder> {
  public V1RoleBindingListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1RoleBindingListBuilder(V1RoleBindingList instance) {
    super(instance);
  }

  public V1RoleBindingList build() {
    return toModel();
  }
}
