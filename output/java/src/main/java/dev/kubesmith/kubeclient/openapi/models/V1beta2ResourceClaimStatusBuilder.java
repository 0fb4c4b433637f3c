package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2ResourceClaimStatus}: {@code new V1beta2ResourceClaimStatusBuilder().withX(...)...build()}. */
public class V1beta2ResourceClaimStatusBuilder extends V1beta2ResourceClaimStatusFluent<V1beta2ResourceClaimStatusBuilder> {
  public V1beta2ResourceClaimStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2ResourceClaimStatusBuilder(V1beta2ResourceClaimStatus instance) {
    super(instance);
  }

  public V1beta2ResourceClaimStatus build() {
    return toModel();
  }
}
