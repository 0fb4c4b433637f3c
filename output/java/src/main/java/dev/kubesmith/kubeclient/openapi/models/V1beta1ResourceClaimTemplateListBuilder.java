package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1ResourceClaimTemplateList}: {@code new V1beta1ResourceClaimTemplateListBuilder().withX(...)...build()}. */
public class V1beta1ResourceClaimTemplateListBuilder extends V1beta1ResourceClaimTemplateListFluent<V1beta1ResourceClaimTemplateListBuilder> {
  public V1beta1ResourceClaimTemplateListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1ResourceClaimTemplateListBuilder(V1beta1ResourceClaimTemplateList instance) {
    super(instance);
  }

  public V1beta1ResourceClaimTemplateList build() {
    return toModel();
  }
}
