package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1ResourceClaimList}: {@code new V1beta1ResourceClaimListBuilder().withX(...)...build()}. */
public class V1beta1ResourceClaimListBuilder extends V1beta1ResourceClaimListFluent<V1beta1ResourceClaimListBuilder> {
  public V1beta1ResourceClaimListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1ResourceClaimListBuilder(V1beta1ResourceClaimList instance) {
    super(instance);
  }

  public V1beta1ResourceClaimList build() {
    return toModel();
  }
}
