package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2ResourceClaimTemplateList}: {@code new V1beta2ResourceClaimTemplateListBuilder().withX(...)...build()}. */
public class V1beta2ResourceClaimTemplateListBuilder extends V1beta2ResourceClaimTemplateListFluent<V1beta2ResourceClaimTemplateListBuilder> {
  public V1beta2ResourceClaimTemplateListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2ResourceClaimTemplateListBuilder(V1beta2ResourceClaimTemplateList instance) {
    super(instance);
  }

  public V1beta2ResourceClaimTemplateList build() {
    return toModel();
  }
}
