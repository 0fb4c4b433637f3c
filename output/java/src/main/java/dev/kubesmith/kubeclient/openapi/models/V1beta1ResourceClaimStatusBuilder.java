package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1ResourceClaimStatus}: {@code new V1beta1ResourceClaimStatusBuilder().withX(...)...build()}. */
public class V1beta1ResourceClaimStatusBuilder extends V1beta1ResourceClaimStatusFluent<V1beta1ResourceClaimStatusBuilder> {
  public V1beta1ResourceClaimStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1ResourceClaimStatusBuilder(V1beta1ResourceClaimStatus instance) {
    super(instance);
  }

  public V1beta1ResourceClaimStatus build() {
    return toModel();
  }
}
