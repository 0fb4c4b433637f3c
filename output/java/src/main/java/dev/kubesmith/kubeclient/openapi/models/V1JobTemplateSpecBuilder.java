package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1JobTemplateSpec}: {@code new V1JobTemplateSpecBuilder().withX(...)...build()}. */
public class V1JobTemplateSpecBuilder extends V1JobTemplateSpecFluent<V1JobTemplateSpecBuilder> {
  public V1JobTemplateSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1JobTemplateSpecBuilder(V1JobTemplateSpec instance) {
    super(instance);
  }

  public V1JobTemplateSpec build() {
    return toModel();
  }
}
