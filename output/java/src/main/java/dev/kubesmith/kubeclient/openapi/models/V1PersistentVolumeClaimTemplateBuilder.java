package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PersistentVolumeClaimTemplate}: {@code new V1PersistentVolumeClaimTemplateBuilder().withX(...)...build()}. */
public class V1PersistentVolumeClaimTemplateBuilder extends V1PersistentVolumeClaimTemplateFluent<V1PersistentVolumeClaimTemplateBuilder> {
  public V1PersistentVolumeClaimTemplateBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PersistentVolumeClaimTemplateBuilder(V1PersistentVolumeClaimTemplate instance) {
    super(instance);
  }

  public V1PersistentVolumeClaimTemplate build() {
    return toModel();
  }
}
