package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1ResourceClaimTemplateSpec}: {@code new V1beta1ResourceClaimTemplateSpecBuilder().withX(...)...build()}. */
public class V1beta1ResourceClaimTemplateSpecBuilder extends V1beta1ResourceClaimTemplateSpecFluent<V1beta1ResourceClaimTemplateSpecBuilder> {
  public V1beta1ResourceClaimTemplateSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1ResourceClaimTemplateSpecBuilder(V1beta1ResourceClaimTemplateSpec instance) {
    super(instance);
  }

  public V1beta1ResourceClaimTemplateSpec build() {
    return toModel();
  }
}
