package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1ResourceClaimSpec}: {@code new V1beta1ResourceClaimSpecBuilder().withX(...)...build()}. */
public class V1beta1ResourceClaimSpecBuilder extends V1beta1ResourceClaimSpecFluent<V1beta1ResourceClaimSpecBuilder> {
  public V1beta1ResourceClaimSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1ResourceClaimSpecBuilder(V1beta1ResourceClaimSpec instance) {
    super(instance);
  }

  public V1beta1ResourceClaimSpec build() {
    return toModel();
  }
}
