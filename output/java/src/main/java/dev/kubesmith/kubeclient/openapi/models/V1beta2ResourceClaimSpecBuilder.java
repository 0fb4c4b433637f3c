package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2ResourceClaimSpec}: {@code new V1beta2ResourceClaimSpecBuilder().withX(...)...build()}. */
public class V1beta2ResourceClaimSpecBuilder extends V1beta2ResourceClaimSpecFluent<V1beta2ResourceClaimSpecBuilder> {
  public V1beta2ResourceClaimSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2ResourceClaimSpecBuilder(V1beta2ResourceClaimSpec instance) {
    super(instance);
  }

  public V1beta2ResourceClaimSpec build() {
    return toModel();
  }
}
