package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1APIGroupList}: {@code new V1APIGroupListBuilder().withX(...)...build()}. */
public class V1APIGroupListBuilder extends V1APIGroupListFluent<V1APIGroupListBuilder> {
  public V1APIGroupListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1APIGroupListBuilder(V1APIGroupList instance) {
    super(instance);
  }

  public V1APIGroupList build() {
    return toModel();
  }
}
