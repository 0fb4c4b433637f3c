package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2ResourceClaimTemplate}: {@code new V1beta2ResourceClaimTemplateBuilder().withX(...)...build()}. */
public class V1beta2ResourceClaimTemplateBuilder extends V1beta2ResourceClaimTemplateFluent<V1beta2ResourceClaimTemplateBuilder> {
  public V1beta2ResourceClaimTemplateBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2ResourceClaimTemplateBuilder(V1beta2ResourceClaimTemplate instance) {
    super(instance);
  }

  public V1beta2ResourceClaimTemplate build() {
    return toModel();
  }
}
