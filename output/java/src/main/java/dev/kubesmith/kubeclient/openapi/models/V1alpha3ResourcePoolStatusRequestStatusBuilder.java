package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3ResourcePoolStatusRequestStatus}: {@code new V1alpha3ResourcePoolStatusRequestStatusBuilder().withX(...)...build()}. */
public class V1alpha3ResourcePoolStatusRequestStatusBuilder extends V1alpha3ResourcePoolStatusRequestStatusFluent<V1alpha3ResourcePoolStatusRequestStatusBuilder> {
  public V1alpha3ResourcePoolStatusRequestStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3ResourcePoolStatusRequestStatusBuilder(V1alpha3ResourcePoolStatusRequestStatus instance) {
    super(instance);
  }

  public V1alpha3ResourcePoolStatusRequestStatus build() {
    return toModel();
  }
}
