package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3ResourcePoolStatusRequestList}: {@code new V1alpha3ResourcePoolStatusRequestListBuilder().withX(...)...build()}. */
public class V1alpha3ResourcePoolStatusRequestListBuilder extends V1alpha3ResourcePoolStatusRequestListFluent<V1alpha3ResourcePoolStatusRequestListBuilder> {
  public V1alpha3ResourcePoolStatusRequestListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3ResourcePoolStatusRequestListBuilder(V1alpha3ResourcePoolStatusRequestList instance) {
    super(instance);
  }

  public V1alpha3ResourcePoolStatusRequestList build() {
    return toModel();
  }
}
