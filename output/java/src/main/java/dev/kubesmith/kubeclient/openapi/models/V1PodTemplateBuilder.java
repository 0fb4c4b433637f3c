package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodTemplate}: {@code new V1PodTemplateBuilder().withX(...)...build()}. */
public class V1PodTemplateBuilder extends V1PodTemplateFluent<V1PodTemplateBuilder> {
  public V1PodTemplateBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodTemplateBuilder(V1PodTemplate instance) {
    super(instance);
  }

  public V1PodTemplate build() {
    return toModel();
  }
}
