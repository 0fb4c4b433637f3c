package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceClaimConsumerReference}: {@code new V1ResourceClaimConsumerReferenceBuilder().withX(...)...build()}. */
public class V1ResourceClaimConsumerReferenceBuilder extends V1ResourceClaimConsumerReferenceFluent<V1ResourceClaimConsumerReferenceBuilder> {
  public V1ResourceClaimConsumerReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceClaimConsumerReferenceBuilder(V1ResourceClaimConsumerReference instance) {
    super(instance);
  }

  public V1ResourceClaimConsumerReference build() {
    return toModel();
  }
}
