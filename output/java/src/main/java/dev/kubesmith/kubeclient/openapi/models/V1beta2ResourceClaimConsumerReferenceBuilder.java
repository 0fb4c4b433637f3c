package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2ResourceClaimConsumerReference}: {@code new V1beta2ResourceClaimConsumerReferenceBuilder().withX(...)...build()}. */
public class V1beta2ResourceClaimConsumerReferenceBuilder extends V1beta2ResourceClaimConsumerReferenceFluent<V1beta2ResourceClaimConsumerReferenceBuilder> {
  public V1beta2ResourceClaimConsumerReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2ResourceClaimConsumerReferenceBuilder(V1beta2ResourceClaimConsumerReference instance) {
    super(instance);
  }

  public V1beta2ResourceClaimConsumerReference build() {
    return toModel();
  }
}
