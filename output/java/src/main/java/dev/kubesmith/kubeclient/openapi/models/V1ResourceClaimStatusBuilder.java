package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceClaimStatus}: {@code new V1ResourceClaimStatusBuilder().withX(...)...build()}. */
public class V1ResourceClaimStatusBuilder extends V1ResourceClaimStatusFluent<V1ResourceClaimStatusBuilder> {
  public V1ResourceClaimStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceClaimStatusBuilder(V1ResourceClaimStatus instance) {
    super(instance);
  }

  public V1ResourceClaimStatus build() {
    return toModel();
  }
}
