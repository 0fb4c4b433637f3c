package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1CompositePodGroupTemplate}: {@code new V1beta1CompositePodGroupTemplateBuilder().withX(...)...build()}. */
public class V1beta1CompositePodGroupTemplateBuilder extends V1beta1CompositePodGroupTemplateFluent<V1beta1CompositePodGroupTemplateBuilder> {
  public V1beta1CompositePodGroupTemplateBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1CompositePodGroupTemplateBuilder(V1beta1CompositePodGroupTemplate instance) {
    super(instance);
  }

  public V1beta1CompositePodGroupTemplate build() {
    return toModel();
  }
}
