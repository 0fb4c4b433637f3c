package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodTemplateSpec}: {@code new V1PodTemplateSpecBuilder().withX(...)...build()}. */
public class V1PodTemplateSpecBuilder extends V1PodTemplateSpecFluent<V1PodTemplateSpecBuilder> {
  public V1PodTemplateSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodTemplateSpecBuilder(V1PodTemplateSpec instance) {
    super(instance);
  }

  public V1PodTemplateSpec build() {
    return toModel();
  }
}
