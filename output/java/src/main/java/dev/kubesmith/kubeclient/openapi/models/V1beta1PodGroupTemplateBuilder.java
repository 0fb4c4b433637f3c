package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1PodGroupTemplate}: {@code new V1beta1PodGroupTemplateBuilder().withX(...)...build()}. */
public class V1beta1PodGroupTemplateBuilder extends V1beta1PodGroupTemplateFluent<V1beta1PodGroupTemplateBuilder> {
  public V1beta1PodGroupTemplateBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1PodGroupTemplateBuilder(V1beta1PodGroupTemplate instance) {
    super(instance);
  }

  public V1beta1PodGroupTemplate build() {
    return toModel();
  }
}
