package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1EvictionRequestTarget}: {@code new V1alpha1EvictionRequestTargetBuilder().withX(...)...build()}. */
public class V1alpha1EvictionRequestTargetBuilder extends V1alpha1EvictionRequestTargetFluent<V1alpha1EvictionRequestTargetBuilder> {
  public V1alpha1EvictionRequestTargetBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1EvictionRequestTargetBuilder(V1alpha1EvictionRequestTarget instance) {
    super(instance);
  }

  public V1alpha1EvictionRequestTarget build() {
    return toModel();
  }
}
