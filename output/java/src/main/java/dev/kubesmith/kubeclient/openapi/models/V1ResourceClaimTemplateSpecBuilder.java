package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceClaimTemplateSpec}: {@code new V1ResourceClaimTemplateSpecBuilder().withX(...)...build()}. */
public class V1ResourceClaimTemplateSpecBuilder extends V1ResourceClaimTemplateSpecFluent<V1ResourceClaimTemplateSpecBuilder> {
  public V1ResourceClaimTemplateSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceClaimTemplateSpecBuilder(V1ResourceClaimTemplateSpec instance) {
    super(instance);
  }

  public V1ResourceClaimTemplateSpec build() {
    return toModel();
  }
}
