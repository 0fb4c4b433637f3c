package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2ResourceClaim}: {@code new V1beta2ResourceClaimBuilder().withX(...)...build()}. */
public class V1beta2ResourceClaimBuilder extends V1beta2ResourceClaimFluent<V1beta2ResourceClaimBuilder> {
  public V1beta2ResourceClaimBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2ResourceClaimBuilder(V1beta2ResourceClaim instance) {
    super(instance);
  }

  public V1beta2ResourceClaim build() {
    return toModel();
  }
}
