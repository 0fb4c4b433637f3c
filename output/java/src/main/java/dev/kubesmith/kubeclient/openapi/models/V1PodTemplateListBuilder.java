package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodTemplateList}: {@code new V1PodTemplateListBuilder().withX(...)...build()}. */
public class V1PodTemplateListBuilder extends V1PodTemplateListFluent<V1PodTemplateListBuilder> {
  public V1PodTemplateListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodTemplateListBuilder(V1PodTemplateList instance) {
    super(instance);
  }

  public V1PodTemplateList build() {
    return toModel();
  }
}
