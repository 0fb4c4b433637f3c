package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2ResourceClaimTemplateSpec}: {@code new V1beta2ResourceClaimTemplateSpecBuilder().withX(...)...build()}. */
public class V1beta2ResourceClaimTemplateSpecBuilder extends V1beta2ResourceClaimTemplateSpecFluent<V1beta2ResourceClaimTemplateSpecBuilder> {
  public V1beta2ResourceClaimTemplateSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2ResourceClaimTemplateSpecBuilder(V1beta2ResourceClaimTemplateSpec instance) {
    super(instance);
  }

  public V1beta2ResourceClaimTemplateSpec build() {
    return toModel();
  }
}
