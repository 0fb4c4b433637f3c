package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1EvictionRequestSpec}: {@code new V1alpha1EvictionRequestSpecBuilder().withX(...)...build()}. */
public class V1alpha1EvictionRequestSpecBuilder extends V1alpha1EvictionRequestSpecFluent<V1alpha1EvictionRequestSpecBuilder> {
  public V1alpha1EvictionRequestSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1EvictionRequestSpecBuilder(V1alpha1EvictionRequestSpec instance) {
    super(instance);
  }

  public V1alpha1EvictionRequestSpec build() {
    return toModel();
  }
}
