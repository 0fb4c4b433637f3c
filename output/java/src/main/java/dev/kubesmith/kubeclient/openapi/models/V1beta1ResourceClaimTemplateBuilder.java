package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1ResourceClaimTemplate}: {@code new V1beta1ResourceClaimTemplateBuilder().withX(...)...build()}. */
public class V1beta1ResourceClaimTemplateBuilder extends V1beta1ResourceClaimTemplateFluent<V1beta1ResourceClaimTemplateBuilder> {
  public V1beta1ResourceClaimTemplateBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1ResourceClaimTemplateBuilder(V1beta1ResourceClaimTemplate instance) {
    super(instance);
  }

  public V1beta1ResourceClaimTemplate build() {
    return toModel();
  }
}
