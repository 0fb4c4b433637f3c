package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3CompositePodGroupList}: {@code new V1alpha3CompositePodGroupListBuilder().withX(...)...build()}. */
public class V1alpha3CompositePodGroupListBuilder extends V1alpha3CompositePodGroupListFluent<V1alpha3CompositePodGroupListBuilder> {
  public V1alpha3CompositePodGroupListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3CompositePodGroupListBuilder(V1alpha3CompositePodGroupList instance) {
    super(instance);
  }

  public V1alpha3CompositePodGroupList build() {
    return toModel();
  }
}
