package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1ResourceClaim}: {@code new V1beta1ResourceClaimBuilder().withX(...)...build()}. */
public class V1beta1ResourceClaimBuilder extends V1beta1ResourceClaimFluent<V1beta1ResourceClaimBuilder> {
  public V1beta1ResourceClaimBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1ResourceClaimBuilder(V1beta1ResourceClaim instance) {
    super(instance);
  }

  public V1beta1ResourceClaim build() {
    return toModel();
  }
}
