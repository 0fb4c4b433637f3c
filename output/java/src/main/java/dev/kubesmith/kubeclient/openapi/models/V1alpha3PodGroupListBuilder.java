package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3PodGroupList}: {@code new V1alpha3PodGroupListBuilder().withX(...)...build()}. */
public class V1alpha3PodGroupListBuilder extends V1alpha3PodGroupListFluent<V1alpha3PodGroupListBuilder> {
  public V1alpha3PodGroupListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3PodGroupListBuilder(V1alpha3PodGroupList instance) {
    super(instance);
  }

  public V1alpha3PodGroupList build() {
    return toModel();
  }
}
