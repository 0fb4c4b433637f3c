package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1EvictionRequestPodReference}: {@code new V1alpha1EvictionRequestPodReferenceBuilder().withX(...)...build()}. */
public class V1alpha1EvictionRequestPodReferenceBuilder extends V1alpha1EvictionRequestPodReferenceFluent<V1alpha1EvictionRequestPodReferenceBuilder> {
  public V1alpha1EvictionRequestPodReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1EvictionRequestPodReferenceBuilder(V1alpha1EvictionRequestPodReference instance) {
    super(instance);
  }

  public V1alpha1EvictionRequestPodReference build() {
    return toModel();
  }
}
