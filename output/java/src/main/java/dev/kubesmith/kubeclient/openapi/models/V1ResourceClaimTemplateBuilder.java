package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceClaimTemplate}: {@code new V1ResourceClaimTemplateBuilder().withX(...)...build()}. */
public class V1ResourceClaimTemplateBuilder extends V1ResourceClaimTemplateFluent<V1ResourceClaimTemplateBuilder> {
  public V1ResourceClaimTemplateBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceClaimTemplateBuilder(V1ResourceClaimTemplate instance) {
    super(instance);
  }

  public V1ResourceClaimTemplate build() {
    return toModel();
  }
}
