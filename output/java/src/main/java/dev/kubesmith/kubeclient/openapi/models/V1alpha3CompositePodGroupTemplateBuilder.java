package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3CompositePodGroupTemplate}: {@code new V1alpha3CompositePodGroupTemplateBuilder().withX(...)...build()}. */
public class V1alpha3CompositePodGroupTemplateBuilder extends V1alpha3CompositePodGroupTemplateFluent<V1alpha3CompositePodGroupTemplateBuilder> {
  public V1alpha3CompositePodGroupTemplateBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3CompositePodGroupTemplateBuilder(V1alpha3CompositePodGroupTemplate instance) {
    super(instance);
  }

  public V1alpha3CompositePodGroupTemplate build() {
    return toModel();
  }
}
