package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3PodGroupTemplate}: {@code new V1alpha3PodGroupTemplateBuilder().withX(...)...build()}. */
public class V1alpha3PodGroupTemplateBuilder extends V1alpha3PodGroupTemplateFluent<V1alpha3PodGroupTemplateBuilder> {
  public V1alpha3PodGroupTemplateBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3PodGroupTemplateBuilder(V1alpha3PodGroupTemplate instance) {
    super(instance);
  }

  public V1alpha3PodGroupTemplate build() {
    return toModel();
  }
}
