package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1PodGroupList}: {@code new V1beta1PodGroupListBuilder().withX(...)...build()}. */
public class V1beta1PodGroupListBuilder extends V1beta1PodGroupListFluent<V1beta1PodGroupListBuilder> {
  public V1beta1PodGroupListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1PodGroupListBuilder(V1beta1PodGroupList instance) {
    super(instance);
  }

  public V1beta1PodGroupList build() {
    return toModel();
  }
}
