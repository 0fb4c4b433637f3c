package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceClaimTemplateList}: {@code new V1ResourceClaimTemplateListBuilder().withX(...)...build()}. */
public class V1ResourceClaimTemplateListBuilder extends V1ResourceClaimTemplateListFluent<V1ResourceClaimTemplateListBuilder> {
  public V1ResourceClaimTemplateListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceClaimTemplateListBuilder(V1ResourceClaimTemplateList instance) {
    super(instance);
  }

  public V1ResourceClaimTemplateList build() {
    return toModel();
  }
}
