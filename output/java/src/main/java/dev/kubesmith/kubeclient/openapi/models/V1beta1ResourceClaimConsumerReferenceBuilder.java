package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1ResourceClaimConsumerReference}: {@code new V1beta1ResourceClaimConsumerReferenceBuilder().withX(...)...build()}. */
public class V1beta1ResourceClaimConsumerReferenceBuilder extends V1beta1ResourceClaimConsumerReferenceFluent<V1beta1ResourceClaimConsumerReferenceBuilder> {
  public V1beta1ResourceClaimConsumerReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1ResourceClaimConsumerReferenceBuilder(V1beta1ResourceClaimConsumerReference instance) {
    super(instance);
  }

  public V1beta1ResourceClaimConsumerReference build() {
    return toModel();
  }
}
