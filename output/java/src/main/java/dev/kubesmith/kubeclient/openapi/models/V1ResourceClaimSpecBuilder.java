package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceClaimSpec}: {@code new V1ResourceClaimSpecBuilder().withX(...)...build()}. */
public class V1ResourceClaimSpecBuilder extends V1ResourceClaimSpecFluent<V1ResourceClaimSpecBuilder> {
  public V1ResourceClaimSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceClaimSpecBuilder(V1ResourceClaimSpec instance) {
    super(instance);
  }

  public V1ResourceClaimSpec build() {
    return toModel();
  }
}
