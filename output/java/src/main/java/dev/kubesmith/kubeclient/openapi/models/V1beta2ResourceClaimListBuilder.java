package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2ResourceClaimList}: {@code new V1beta2ResourceClaimListBuilder().withX(...)...build()}. */
public class V1beta2ResourceClaimListBuilder extends V1beta2ResourceClaimListFluent<V1beta2ResourceClaimListBuilder> {
  public V1beta2ResourceClaimListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2ResourceClaimListBuilder(V1beta2ResourceClaimList instance) {
    super(instance);
  }

  public V1beta2ResourceClaimList build() {
    return toModel();
  }
}
