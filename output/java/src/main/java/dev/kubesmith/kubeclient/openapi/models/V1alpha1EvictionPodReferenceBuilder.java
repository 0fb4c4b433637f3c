package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1EvictionPodReference}: {@code new V1alpha1EvictionPodReferenceBuilder().withX(...)...build()}. */
public class V1alpha1EvictionPodReferenceBuilder extends V1alpha1EvictionPodReferenceFluent<V1alpha1EvictionPodReferenceBuilder> {
  public V1alpha1EvictionPodReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1EvictionPodReferenceBuilder(V1alpha1EvictionPodReference instance) {
    super(instance);
  }

  public V1alpha1EvictionPodReference build() {
    return toModel();
  }
}
