package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1Requester}: {@code new V1alpha1RequesterBuilder().withX(...)...build()}. */
public class V1alpha1RequesterBuilder extends V1alpha1RequesterFluent<V1alpha1RequesterBuilder> {
  public V1alpha1RequesterBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1RequesterBuilder(V1alpha1Requester instance) {
    super(instance);
  }

  public V1alpha1Requester build() {
    return toModel();
  }
}
