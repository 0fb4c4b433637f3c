package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceClaimList}: {@code new V1ResourceClaimListBuilder().withX(...)...build()}. */
public class V1ResourceClaimListBuilder extends V1ResourceClaimListFluent<V1ResourceClaimListBuilder> {
  public V1ResourceClaimListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceClaimListBuilder(V1ResourceClaimList instance) {
    super(instance);
  }

  public V1ResourceClaimList build() {
    return toModel();
  }
}
